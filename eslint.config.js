// ESLint flat config: `npm run lint`, and a step of `npm test`. Rules are set here for whole folders,
// never switched off inside a file.
import js from '@eslint/js';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const a11y = jsxA11y.flatConfigs.recommended.rules;

/**
 * Import layering, top to bottom: a folder may import from its own layer or any layer below, never above.
 * The README's layout table says the same.
 */
const layers = [
  // Thin wiring: background, content script, side panel.
  ['entrypoints'],
  // The React UI of the panel.
  ['components'],
  // Feature folders: each owns one job and reaches storage and messaging below it.
  ['templates', 'backup', 'search', 'editing', 'proofread', 'polish', 'review', 'panel'],
  // The Dexie schema and repositories; the typed message protocol and its client.
  ['storage', 'messaging'],
  // Domain types and schemas shared by every layer, and the UI strings: they import nothing above.
  ['domain', 'i18n'],
];
const layerZones = layers.slice(1).map((layer, index) => ({
  target: layer.map((folder) => `./${folder}`),
  from: layers.slice(0, index + 1).flatMap((above) => above.map((folder) => `./${folder}`)),
  message: 'imports point down the layers (entrypoints → components → features → storage/messaging → domain).',
}));

export default tseslint.config(
  { ignores: ['node_modules/', '.output/', '.wxt/', 'test-results/', 'tests/corpus/', 'docs/'] },
  js.configs.recommended,
  // A variable read by a closure before its one assignment cannot be const.
  { rules: { 'prefer-const': ['error', { ignoreReadBeforeAssign: true }] } },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // React event props ignore a handler's promise by design; everywhere else a floating promise is an error.
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
    },
  },
  {
    files: ['**/*.tsx', 'components/**/*.ts', 'storage/use-*.ts', 'search/use-*.ts', 'i18n/*.tsx'],
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      // The classic hook rules. The React Compiler diagnostics of the plugin's v7 preset are not enabled:
      // the panel is not compiled by the React Compiler, and they reject the latest-value ref pattern it uses.
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      ...a11y,
      // Scrollable text (document preview, diff) must take focus so keyboard users can scroll it (WCAG 2.1.1).
      'jsx-a11y/no-noninteractive-tabindex': ['error', { tags: [], roles: ['tabpanel', 'region', 'document'] }],
      // A confirmation dialog focuses its safe choice when it opens (WAI-ARIA dialog pattern).
      'jsx-a11y/no-autofocus': 'off',
      // Keyboard shortcuts (Ctrl+S) are delegated from a container; the keys still reach the focused control.
      'jsx-a11y/no-noninteractive-element-interactions': [
        'error',
        {
          ...a11y['jsx-a11y/no-noninteractive-element-interactions'][1],
          handlers: ['onClick', 'onError', 'onLoad', 'onMouseDown', 'onMouseUp', 'onKeyPress', 'onKeyUp'],
        },
      ],
    },
  },
  {
    // Layering between folders, and no import cycle between files (so none between folders either).
    files: ['**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.json'] })],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { basePath: import.meta.dirname, zones: layerZones }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  {
    // WebLLM rejects with strings and plain objects; the engine layer and its fake do the same on purpose,
    // and normalizeError turns every one of them into a PolishError, which the views rethrow as is.
    files: ['polish/**', 'components/polish/**'],
    rules: { '@typescript-eslint/only-throw-error': 'off', '@typescript-eslint/prefer-promise-reject-errors': 'off' },
  },
  {
    // Node scripts and config files.
    files: ['**/*.{js,mjs}', 'scripts/**', '*.config.ts'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // Benchmarks drive the extension through Playwright: the functions they pass to `evaluate` and
    // `addInitScript` run in the page or the extension's service worker, like the E2E tests' do.
    files: ['scripts/bench*.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser, ...globals.webextensions } },
  },
  {
    // Tests drive both worlds (node for E2E, happy-dom for unit), read JSON files and the page as untyped
    // data and build malformed input on purpose; their fakes implement async interfaces with synchronous
    // bodies and reject the way the real engines and IndexedDB do; `expect(mock.method)` is not a call.
    files: ['tests/**'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/prefer-promise-reject-errors': 'off',
      '@typescript-eslint/unbound-method': 'off',
    },
  },
);
