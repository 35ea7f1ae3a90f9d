/**
 * When a focused field may become the insertion target. Pages can move focus by script (`focus()` fires
 * trusted focus events) and dispatch synthetic ones, so a field is adopted only right after a trusted
 * pointer or key gesture in the same document, and only if the user can see it. Injected so unit tests
 * (happy-dom has neither trusted events nor layout) can replace it.
 */
export interface TargetPolicy {
  /** Is this event a real user gesture (a pointer or key press the page cannot synthesise)? */
  isGesture(event: Event): boolean;
  /** Can the user see this element (not hidden, not zero-sized, on screen when `onScreen`)? */
  isVisible(element: Element, onScreen: boolean): boolean;
  /** Is a user gesture in progress in this window (for trackers attached after the click)? */
  hasActivation(view: Window): boolean;
  now(): number;
}

/** Focus that follows a gesture within this time still counts as the user's (e.g. a label's click). */
export const gestureWindowMs = 1000;

export const browserPolicy: TargetPolicy = {
  isGesture: (event) => event.isTrusted,
  isVisible(element, onScreen) {
    const view = element.ownerDocument.defaultView;
    if (!view) return false;
    // An editor frame's body is as tall as its text: the frame's viewport is what the user sees.
    const doc = element.ownerDocument;
    if (element === doc.body || element === doc.documentElement) return view.innerWidth >= 2 && view.innerHeight >= 2;
    const rect = element.getBoundingClientRect();
    if (rect.width < 2 || rect.height < 2) return false;
    const visible = (element as Element & { checkVisibility?: (options: object) => boolean }).checkVisibility?.({
      opacityProperty: true,
      visibilityProperty: true,
    });
    if (visible === false) return false;
    if (!onScreen) return true;
    return rect.right > 0 && rect.bottom > 0 && rect.left < view.innerWidth && rect.top < view.innerHeight;
  },
  hasActivation: (view) => view.navigator.userActivation?.isActive === true,
  now: () => Date.now(),
};
