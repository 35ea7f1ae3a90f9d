import { defineConfig } from 'wxt';
import { panelStartChunk } from './scripts/panel-start-chunk.mjs';

// See README "Permissions" for why each permission is needed.
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  // JSON modules (the UI strings) as one JSON.parse each: quicker to run than an object literal (README "Performance").
  vite: () => ({ json: { stringify: true, namedExports: false } }),
  hooks: {
    // The side panel's start-up code in one chunk (scripts/panel-start-chunk.mjs says why). Only the build of
    // the HTML pages is split; the background and content scripts are single files.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.some((entrypoint) => entrypoint.name === 'sidepanel')) return;
      const { plugin, group } = panelStartChunk('sidepanel');
      config.plugins = [...(config.plugins ?? []), plugin];
      const rolldownOptions = ((config.build ??= {}).rolldownOptions ??= {});
      rolldownOptions.output = { ...rolldownOptions.output, codeSplitting: { groups: [group] } };
    },
  },
  manifest: ({ command }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    permissions: ['storage', 'unlimitedStorage', 'sidePanel', 'contextMenus'],
    // A custom model source (mirror / intranet host) is requested at run time, for that host only.
    optional_host_permissions: ['http://*/*', 'https://*/*'],
    commands: {
      // Opens the side panel (the action's behaviour is openPanelOnActionClick).
      _execute_action: { suggested_key: { default: 'Alt+Shift+W' }, description: '__MSG_commandOpenPanel__' },
      'insert-draft': { suggested_key: { default: 'Alt+Shift+I' }, description: '__MSG_commandInsertDraft__' },
    },
    action: { default_title: '__MSG_extName__' },
    // Cross-origin isolation gives the extension pages SharedArrayBuffer, so the CPU 润色 engine (wllama)
    // runs llama.cpp on every core instead of one (README "本地润色"). The pages load only their own files;
    // model downloads are CORS requests, which isolation allows.
    cross_origin_embedder_policy: { value: 'require-corp' },
    cross_origin_opener_policy: { value: 'same-origin' },
    content_security_policy: {
      // WebLLM instantiates WebAssembly; 'unsafe-eval' is never allowed (templates are interpreted, not compiled).
      // Images only from the extension itself (and data:/blob: it makes); connections only over http(s):
      // an intranet mirror is chosen at run time, so no host list can be fixed here (README "Security").
      extension_pages: [
        "script-src 'self' 'wasm-unsafe-eval'",
        "object-src 'self'",
        "img-src 'self' data: blob:",
        // `wxt` dev mode reloads through a local websocket.
        `connect-src 'self' http: https:${command === 'serve' ? ' ws://localhost:*' : ''}`,
      ].join('; '),
    },
  }),
});
