import { lazy, Suspense, type ComponentType } from 'react';

/** A component whose code is fetched on first render; until then its place shows as busy. */
function onDemand<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  const Lazy = lazy(async () => ({ default: await load() })) as unknown as ComponentType<P>;
  return function OnDemand(props: P) {
    return (
      <Suspense fallback={<div aria-busy="true" />}>
        <Lazy {...props} />
      </Suspense>
    );
  };
}

/*
 * Everything the panel does not need to show the draft list is loaded on first use: each entry is its
 * own chunk (and brings its libraries: Handlebars' parser, the built-in templates, DOMPurify, OpenCC, diff,
 * WebLLM, backup).
 * A new on-demand view or engine is one more line here, used like the component itself.
 */
export const TemplateLibrary = onDemand(() => import('./templates/TemplateLibrary').then((m) => m.TemplateLibrary));
export const PolishView = onDemand(() => import('./polish/PolishView').then((m) => m.PolishView));
export const SettingsView = onDemand(() => import('./settings/SettingsView').then((m) => m.SettingsView));
export const ProofreadPanel = onDemand(() => import('./proofread/ProofreadPanel').then((m) => m.ProofreadPanel));
export const RefillConfirm = onDemand(() => import('./drafts/RefillConfirm').then((m) => m.RefillConfirm));
export const HistoryPanel = onDemand(() => import('./drafts/HistoryPanel').then((m) => m.HistoryPanel));
