import { act, createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it, vi } from 'vitest';
import { onDemand } from '../../../components/on-demand';
import './render-hook'; // React's act() environment flag

function Greeting({ name }: { name: string }) {
  return createElement('p', null, `你好，${name}`);
}

/** Renders `element`; `first` is what the container holds once React has nothing more to do. */
async function render(element: React.ReactElement) {
  const container = document.createElement('div');
  const root = createRoot(container);
  await act(async () => root.render(element));
  return { first: container.innerHTML, container, root };
}

describe('onDemand', () => {
  it('shows a busy placeholder until the code is fetched, then the view, with no error from React', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    let fetched!: () => void;
    const View = onDemand(() => new Promise<typeof Greeting>((resolve) => (fetched = () => resolve(Greeting))));
    const { first, container, root } = await render(createElement(View, { name: '主任' }));
    expect(first).toContain('aria-busy="true"');
    await act(async () => fetched());
    expect(container.textContent).toBe('你好，主任');
    // Under act() React does not replay the suspended component, so the production error of a use() left
    // out after a suspension shows only in the E2E specs' console check; this guards the rest.
    expect(errors).not.toHaveBeenCalled();
    errors.mockRestore();
    root.unmount();
  });

  it('renders a preloaded view at its first render, with no placeholder in between', async () => {
    let loads = 0;
    const View = onDemand(async () => {
      loads++;
      return Greeting;
    });
    await View.preload();
    const container = document.createElement('div');
    const root = createRoot(container);
    const seen: string[] = [];
    const observer = new MutationObserver(() => seen.push(container.innerHTML));
    observer.observe(container, { childList: true, subtree: true, characterData: true });
    await act(async () => root.render(createElement(View, { name: '主任' })));
    await new Promise((resolve) => setTimeout(resolve, 0)); // deliver the observer's records
    observer.disconnect();
    expect(seen.some((html) => html.includes('aria-busy'))).toBe(false);
    expect(container.textContent).toBe('你好，主任');
    await View.preload();
    expect(loads).toBe(1);
    root.unmount();
  });
});
