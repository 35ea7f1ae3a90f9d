import { yieldToBrowser } from './yield-to-browser';

/**
 * Resolves once the next frame is painted and the browser has nothing more urgent: work that would
 * delay the first paint (fetching a chunk, building the index) waits for this. Without frames (tests,
 * a hidden page) it is `yieldToBrowser` alone.
 */
export function afterNextPaint(): Promise<void> {
  if (typeof requestAnimationFrame !== 'function' || document.hidden) return yieldToBrowser();
  return new Promise<void>((resolve) => requestAnimationFrame(() => resolve())).then(yieldToBrowser);
}
