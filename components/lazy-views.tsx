import { onDemand } from './on-demand';

/*
 * Everything the panel does not need to show the draft list is loaded on first use: each entry is its
 * own chunk (and brings its libraries: Handlebars' parser, the built-in templates, DOMPurify, OpenCC, diff,
 * WebLLM, backup). The draft editor is one too: the panel preloads it when it reopens a draft, and after
 * the list's first paint otherwise.
 * A new on-demand view or engine is one more line here, used like the component itself (the editor's
 * own panels are in `drafts/editor-panels.tsx`).
 */
export const DraftEditor = onDemand(() => import('./drafts/DraftEditor').then((m) => m.DraftEditor));
export const TemplateLibrary = onDemand(() => import('./templates/TemplateLibrary').then((m) => m.TemplateLibrary));
export const PolishView = onDemand(() => import('./polish/PolishView').then((m) => m.PolishView));
export const SettingsView = onDemand(() => import('./settings/SettingsView').then((m) => m.SettingsView));
export const RefillConfirm = onDemand(() => import('./drafts/RefillConfirm').then((m) => m.RefillConfirm));
