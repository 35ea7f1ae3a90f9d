import { useLayoutEffect, useState } from 'react';

/**
 * The zoom at which content `naturalWidth` CSS pixels wide fills the element's width: an A4 page
 * shown whole in a 320–500 px panel instead of 3号 text wrapping at a dozen characters a line.
 * Takes the element itself (from a callback ref), so a frame mounted later is measured too.
 */
export function useFitWidth(element: HTMLElement | null, naturalWidth: number): number {
  const [zoom, setZoom] = useState(1);
  useLayoutEffect(() => {
    if (!element) return;
    const fit = () => {
      const style = getComputedStyle(element);
      const inner = element.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      if (inner > 0) setZoom(Math.min(1, inner / naturalWidth));
    };
    fit();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(fit);
    observer.observe(element);
    return () => observer.disconnect();
  }, [element, naturalWidth]);
  return zoom;
}
