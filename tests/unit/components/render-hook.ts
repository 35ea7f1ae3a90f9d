import { act } from 'react';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';

// React warns unless it is told its updates are awaited through act().
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/**
 * Renders a hook in a React root in happy-dom (no testing library in this project): `current` is what
 * the hook returned at the last render, `rerender` renders it with new props, `unmount` removes it.
 * Import it after `vi.resetModules()` when the hook's module is imported anew, so both share one React.
 */
export async function renderHook<P, R>(hook: (props: P) => R, props: P) {
  const result = { current: undefined as R };
  let latest = props;
  const Probe = (probeProps: { value: P }) => {
    result.current = hook(probeProps.value);
    return null;
  };
  const root = createRoot(document.createElement('div'));
  await act(async () => root.render(createElement(Probe, { value: latest })));
  return {
    result,
    /** React's act() from the same module instance as the hook's React. */
    async act(step: () => unknown) {
      await act(async () => {
        await step();
      });
    },
    async rerender(next: P) {
      latest = next;
      await act(async () => root.render(createElement(Probe, { value: latest })));
    },
    async unmount() {
      await act(async () => root.unmount());
    },
  };
}
