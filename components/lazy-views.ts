import { lazy } from 'react';

/*
 * Everything the panel does not need to show the draft list is loaded on first use: each entry is its
 * own chunk (and brings its libraries: Handlebars' parser, DOMPurify, OpenCC, diff, WebLLM, backup).
 * A new on-demand view or engine is one more line here; render it inside <Suspense>.
 */
export const TemplateLibrary = lazy(() =>
  import('./templates/TemplateLibrary').then((m) => ({ default: m.TemplateLibrary })),
);
export const PolishView = lazy(() => import('./polish/PolishView').then((m) => ({ default: m.PolishView })));
export const SettingsView = lazy(() => import('./settings/SettingsView').then((m) => ({ default: m.SettingsView })));
export const ProofreadPanel = lazy(() =>
  import('./proofread/ProofreadPanel').then((m) => ({ default: m.ProofreadPanel })),
);
export const HistoryPanel = lazy(() => import('./drafts/HistoryPanel').then((m) => ({ default: m.HistoryPanel })));
