import { defineConfig } from 'wxt';

// See README "Permissions" for why each permission is needed.
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    permissions: ['storage', 'unlimitedStorage', 'sidePanel'],
    action: { default_title: '__MSG_extName__' },
    content_security_policy: {
      // WebLLM instantiates WebAssembly; 'unsafe-eval' is never allowed (templates are interpreted, not compiled).
      extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'",
    },
  },
});
