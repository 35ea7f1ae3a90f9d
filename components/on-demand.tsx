import { Suspense, use, type ComponentType } from 'react';

/** A component whose code is fetched on first use; `preload` fetches it ahead (then it renders at once). */
export type OnDemand<P extends object> = ComponentType<P> & { preload: () => Promise<void> };

/** A component whose code is fetched on first render, or before by `preload`; until then its place shows as busy. */
export function onDemand<P extends object>(load: () => Promise<ComponentType<P>>): OnDemand<P> {
  let loaded: ComponentType<P> | undefined;
  let loading: Promise<void> | undefined;
  const preload = () =>
    (loading ??= load().then((component) => {
      loaded = component;
    }));
  // `use` of one cached promise instead of React.lazy: once preloaded, the first render shows the view
  // itself, not a busy placeholder for a frame (a lazy component always suspends on its first render).
  function Loaded(props: P) {
    if (!loaded) use(preload());
    const Component = loaded!;
    return <Component {...props} />;
  }
  function View(props: P) {
    return (
      <Suspense fallback={<div aria-busy="true" />}>
        <Loaded {...props} />
      </Suspense>
    );
  }
  return Object.assign(View, { preload });
}
