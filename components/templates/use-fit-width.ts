import { useLayoutEffect, useState, type RefObject } from 'react';

/**
 * The zoom at which content `naturalWidth` CSS pixels wide fills the element's width: an A4 page
 * shown whole in a 320–500 px panel instead of 3号 text wrapping at a dozen characters a line.
 */
export function useFitWidth(ref: RefObject<HTMLElement | null>, naturalWidth: number): number {
  const [zoom, setZoom] = useState(1);
  useLayoutEffect(() => {
    const element = ref.current;
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
  }, [ref, naturalWidth]);
  return zoom;
}
