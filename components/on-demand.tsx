import { Suspense, use, type ComponentType } from 'react';

/** A component whose code is fetched on first use; `preload` fetches it ahead (then it renders at once). */
export type OnDemand<P extends object> = ComponentType<P> & { preload: () => Promise<void> };

/** A component whose code is fetched on first render, or before by `preload`; until then its place shows as busy. */
export function onDemand<P extends object>(load: () => Promise<ComponentType<P>>): OnDemand<P> {
  let loading: Promise<ComponentType<P>> | undefined;
  const start = () =>
    (loading ??= load().then((component) => {
      // use() reads a promise marked fulfilled at once: a preloaded view renders without suspending.
      const settled = loading as Promise<ComponentType<P>> & { status?: string; value?: ComponentType<P> };
      settled.status = 'fulfilled';
      settled.value = component;
      return component;
    }));
  // `use` of one cached promise instead of React.lazy: once preloaded, the first render shows the view
  // itself, not a busy placeholder for a frame (a lazy component always suspends on its first render).
  // use() is called on every render: React requires the same hooks after a suspension as before it.
  function Loaded(props: P) {
    const Component = use(start());
    return <Component {...props} />;
  }
  function View(props: P) {
    return (
      <Suspense fallback={<div aria-busy="true" />}>
        <Loaded {...props} />
      </Suspense>
    );
  }
  return Object.assign(View, { preload: () => start().then(() => undefined) });
}
