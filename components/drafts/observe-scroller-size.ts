import type { Rect, Virtualizer } from '@tanstack/react-virtual';

/**
 * The list's size as its ResizeObserver reports it, after a frame's layout. The virtualizer's default also
 * reads `clientHeight` when it attaches, in a layout effect of the panel's first render: a layout forced
 * inside React's commit, which made that commit one task of about 50 ms (half of it layout) while the
 * search index of 10,000 drafts was building. Until the first report the list uses its `initialRect`.
 */
export function observeScrollerSize(list: Virtualizer<HTMLDivElement, Element>, report: (rect: Rect) => void) {
  const element = list.scrollElement;
  const View = list.targetWindow?.ResizeObserver;
  if (!element || !View) return;
  // Read in the observer's callback, when layout is already done: the same box the default reads.
  const observer = new View(() => report({ width: element.clientWidth, height: element.clientHeight }));
  observer.observe(element, { box: 'content-box' });
  return () => observer.disconnect();
}
