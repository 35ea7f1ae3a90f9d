import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createFocusTracker, type FocusTracker } from '../../../editing/focus-tracker';
import { click, testPolicy } from './user-gestures';

let tracker: FocusTracker;
let onFocus: ReturnType<typeof vi.fn<(gestureAt: number) => void>>;
const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const userEvents = new WeakSet<Event>();
/** Events the test marks as the user's; anything the "page" dispatches or focus() causes is not. */
const trusted = (event: Event) => userEvents.has(event);
function userClick(element: HTMLElement) {
  const event = new PointerEvent('pointerdown', { bubbles: true, composed: true });
  userEvents.add(event);
  element.dispatchEvent(event);
  element.focus();
}

beforeEach(() => {
  document.body.innerHTML = `<input id="title"><textarea id="body"></textarea><input id="decoy"><div id="host"></div>`;
  onFocus = vi.fn<(gestureAt: number) => void>();
});
afterEach(() => tracker.dispose());

describe('createFocusTracker', () => {
  it('ignores focus moved by the page and synthetic focus events: only a user gesture chooses a field', () => {
    tracker = createFocusTracker(document, onFocus, testPolicy({ trusted }));
    byId('title').focus();
    byId('body').dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    click(byId('body')); // a pointerdown the page dispatched itself
    expect(tracker.target()).toBeNull();
    expect(onFocus).not.toHaveBeenCalled();
    userClick(byId('title'));
    expect(tracker.target()).toBe(byId('title'));
    expect(onFocus).toHaveBeenCalledWith(expect.any(Number));
  });

  it('keeps the clicked field when the page then focuses an invisible one', () => {
    const visible = (element: Element) => element.id !== 'decoy';
    tracker = createFocusTracker(document, onFocus, testPolicy({ trusted, visible }));
    userClick(byId('body'));
    byId('decoy').focus(); // within the gesture window, but the user cannot see it
    expect(tracker.target()).toBe(byId('body'));
  });

  it('never answers or cancels a page event, so a page cannot tell it is there', () => {
    tracker = createFocusTracker(document, onFocus, testPolicy());
    for (const type of ['wenshu-tracker-ping', 'focusin', 'pointerdown', 'keydown', 'selectionchange']) {
      const event = new Event(type, { cancelable: true, bubbles: true });
      document.dispatchEvent(event);
      expect(event.defaultPrevented, type).toBe(false);
    }
  });

  it('follows focus into open shadow roots, nested ones too', () => {
    tracker = createFocusTracker(document, onFocus, testPolicy());
    const outer = byId('host').attachShadow({ mode: 'open' });
    outer.innerHTML = '<inner-form></inner-form>';
    const inner = (outer.firstElementChild as HTMLElement).attachShadow({ mode: 'open' });
    inner.innerHTML = '<textarea aria-label="正文"></textarea>';
    const textarea = inner.querySelector('textarea')!;
    click(textarea);
    expect(tracker.target()).toBe(textarea);
  });
});
