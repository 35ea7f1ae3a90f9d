import type { TargetPolicy } from '../../../editing/target-policy';

/**
 * happy-dom has no trusted events and no layout: tests stand in for the browser's `isTrusted` and
 * visibility (both exercised for real in the E2E hostile-page specs). `trusted` decides which events
 * count as the user's.
 */
export function testPolicy(
  options: { trusted?: (event: Event) => boolean; visible?: (element: Element) => boolean } = {},
): TargetPolicy {
  return {
    isGesture: options.trusted ?? (() => true),
    isVisible: options.visible ?? (() => true),
    hasActivation: () => true,
    now: () => Date.now(),
  };
}

/** What a user's click does: a pointerdown on the element (through shadow roots), then focus. */
export function click(element: HTMLElement): void {
  element.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
  element.focus();
}
