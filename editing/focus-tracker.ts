import { deepActiveElement, deepTarget, isElement, selectionOf } from './deep-focus';
import { editableTargetOf, isTextField } from './editable-target';
import { browserPolicy, gestureWindowMs, type TargetPolicy } from './target-policy';

export interface SavedSelection {
  start?: number;
  end?: number;
  range?: Range;
}

export interface FocusTracker {
  /** The editable element the user last chose in this frame, while it is still a visible text target. */
  target(): HTMLElement | null;
  /** Its selection as it was when the user last touched it (the panel click can collapse it). */
  selection(): SavedSelection;
  /** Takes the focused element as the target when the user is interacting (trackers attached late). */
  adoptActive(): void;
  /**
   * Takes the focused element as the target because the browser reported the user's choice: its
   * selection was captured from the context menu or a shortcut (润色所选, 存为草稿), which only the
   * service worker asks for. The captured selection is then where the polished text goes back.
   */
  adoptCaptured(): void;
  dispose(): void;
}

/** `gestureAt`: when the user's gesture that chose the target happened (ms since the epoch). */
export type OnFocusEditable = (gestureAt: number) => void;

/**
 * Remembers the editable the user last chose in one document. The click in the side panel happens in
 * another context, so the page's caret must be remembered from the user's last interaction with the
 * page. Only the user chooses: focus moved by the page's script, or synthetic events, are ignored unless
 * they follow a real gesture in this document (see target-policy.ts). Listeners only observe: no event
 * is ever cancelled or answered, so a page cannot tell the extension is there.
 */
export function createFocusTracker(
  doc: Document,
  onFocusEditable: OnFocusEditable,
  policy: TargetPolicy = browserPolicy,
): FocusTracker {
  let target: HTMLElement | null = null;
  let saved: SavedSelection = {};
  let gestureAt = Number.NEGATIVE_INFINITY;
  let reportedAt: number | null = null;

  const focused = () => deepActiveElement(doc);
  const remember = () => {
    if (!target) return;
    if (isTextField(target)) {
      saved = { start: target.selectionStart ?? undefined, end: target.selectionEnd ?? undefined };
      return;
    }
    const selection = selectionOf(target);
    if (selection && selection.rangeCount > 0 && target.contains(selection.getRangeAt(0).commonAncestorContainer)) {
      saved = { range: selection.getRangeAt(0).cloneRange() };
    }
  };
  const adopt = (element: Element | null, at: number) => {
    const editable = doc.designMode === 'on' && element ? doc.body : editableTargetOf(element);
    // Choosing a password box, checkbox or select is a deliberate move away from the last text field:
    // forget it, so the next insertion asks where to go rather than writing somewhere unexpected.
    if (!editable && (element?.tagName === 'INPUT' || element?.tagName === 'SELECT')) target = null;
    if (!editable || !policy.isVisible(editable, true)) return;
    const changed = editable !== target;
    target = editable;
    if (changed) saved = {};
    remember();
    // A click reports once (its pointerdown and the focusin it causes are the same gesture).
    if (!changed && reportedAt === at) return;
    reportedAt = at;
    onFocusEditable(at);
  };
  const recentGesture = () => policy.now() - gestureAt < gestureWindowMs;
  const onGesture = (event: Event) => {
    if (!policy.isGesture(event)) return;
    gestureAt = policy.now();
    // Pointing at a field chooses it; so does typing into the focused one.
    adopt(event.type === 'pointerdown' ? deepTarget(event) : focused(), gestureAt);
  };
  const onFocusIn = (event: Event) => {
    if (recentGesture()) adopt(deepTarget(event) ?? focused(), gestureAt);
  };
  // A designMode document gets focus as a whole: no focusin on an element, only a window focus.
  const onWindowFocus = () => {
    if (doc.designMode === 'on' && recentGesture()) adopt(doc.body, gestureAt);
  };
  const onSelectionChange = () => {
    const active = focused();
    if (target && (active === target || (isElement(active) && target.contains(active)))) remember();
  };
  // Text fields report caret moves through select/keyup rather than selectionchange in older engines.
  const events: [string, EventListener][] = [
    ['pointerdown', onGesture],
    ['keydown', onGesture],
    ['focusin', onFocusIn],
    ['keyup', onSelectionChange],
    ['mouseup', onSelectionChange],
    ['input', onSelectionChange],
    ['select', onSelectionChange],
  ];
  for (const [name, listener] of events) doc.addEventListener(name, listener, true);
  doc.addEventListener('selectionchange', onSelectionChange);
  doc.defaultView?.addEventListener('focus', onWindowFocus);

  return {
    target() {
      if (!target?.isConnected || editableTargetOf(target) !== target || !policy.isVisible(target, false)) return null;
      return target;
    },
    selection: () => saved,
    adoptActive() {
      const view = doc.defaultView;
      if (view && policy.hasActivation(view)) adopt(focused() ?? doc.body, policy.now());
    },
    adoptCaptured() {
      adopt(focused(), policy.now());
    },
    dispose() {
      for (const [name, listener] of events) doc.removeEventListener(name, listener, true);
      doc.removeEventListener('selectionchange', onSelectionChange);
      doc.defaultView?.removeEventListener('focus', onWindowFocus);
    },
  };
}
