// ESLint flat config: `npm run lint`, and a step of `npm test`. Rules are set here for whole folders,
// never switched off inside a file.
import js from '@eslint/js';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const a11y = jsxA11y.flatConfigs.recommended.rules;

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
    files: ['**/*.tsx', 'components/**/*.ts', 'storage/use-*.ts', 'i18n/*.tsx'],
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
