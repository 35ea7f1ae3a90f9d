import { beginEarlyStartup } from '../storage/early-startup';

// Loaded by sidepanel.html as a classic script ahead of the panel's modules: the start-up read runs while
// the browser is still loading and compiling them (storage/read-startup-early.ts).
export default defineUnlistedScript(() => beginEarlyStartup(globalThis, indexedDB));
