import { editableTargetOf, isTextField } from './editable-target';

export interface SavedSelection {
  start?: number;
  end?: number;
  range?: Range;
}

export interface FocusTracker {
  /** The editable element the user last focused in this frame, if still in the document. */
  target(): HTMLElement | null;
  /** Its selection as it was when the user last touched it (the panel click can collapse it). */
  selection(): SavedSelection;
  /** Takes the document's currently focused element as the target (for trackers attached late). */
  adoptActive(): void;
  dispose(): void;
}

/**
 * Lets a parent frame ask whether this document still has a live tracker: `document.open()` (how old
 * editors fill their about:blank iframes) silently removes every listener, ours included.
 */
export const trackerPing = 'wenshu-tracker-ping';
const answerPing = (event: Event) => event.preventDefault();

export function hasLiveTracker(doc: Document): boolean {
  const view = doc.defaultView;
  if (!view) return false;
  return !doc.dispatchEvent(new view.Event(trackerPing, { cancelable: true }));
}

/**
 * Remembers the last focused editable of one document. The click in the side panel happens in another
 * context, so the page's caret must be remembered from the user's last interaction with the page.
 */
export function createFocusTracker(doc: Document, onFocusEditable: () => void): FocusTracker {
  let target: HTMLElement | null = null;
  let saved: SavedSelection = {};

  const remember = () => {
    if (!target) return;
    if (isTextField(target)) {
      saved = { start: target.selectionStart ?? undefined, end: target.selectionEnd ?? undefined };
      return;
    }
    const selection = doc.getSelection();
    if (selection && selection.rangeCount > 0 && target.contains(selection.getRangeAt(0).commonAncestorContainer)) {
      saved = { range: selection.getRangeAt(0).cloneRange() };
    }
  };
  const adopt = (element: Element | null) => {
    const editable = editableTargetOf(element);
    // Focusing a password box, checkbox or select is a deliberate move away from the last text field:
    // forget it, so the next insertion asks where to go rather than writing somewhere unexpected.
    if (!editable && (element?.tagName === 'INPUT' || element?.tagName === 'SELECT')) target = null;
    if (!editable) return;
    const changed = editable !== target;
    target = editable;
    if (changed) saved = {};
    remember();
    onFocusEditable();
  };
  const onFocusIn = (event: Event) => adopt(event.target instanceof Element ? event.target : doc.activeElement);
  // A designMode document gets focus as a whole: no focusin on an element, only a window focus.
  const onWindowFocus = () => {
    if (doc.designMode === 'on') adopt(doc.activeElement ?? doc.body);
  };
  const onSelectionChange = () => {
    if (target && (doc.activeElement === target || target.contains(doc.activeElement))) remember();
    else if (!target && doc.designMode === 'on') adopt(doc.body);
  };
  // Text fields report caret moves through select/keyup rather than selectionchange in older engines.
  const events: [string, EventListener][] = [
    ['focusin', onFocusIn],
    ['keyup', onSelectionChange],
    ['mouseup', onSelectionChange],
    ['input', onSelectionChange],
    ['select', onSelectionChange],
  ];
  for (const [name, listener] of events) doc.addEventListener(name, listener, true);
  doc.addEventListener('selectionchange', onSelectionChange);
  doc.defaultView?.addEventListener('focus', onWindowFocus);
  doc.addEventListener(trackerPing, answerPing);

  return {
    target: () => (target?.isConnected ? target : null),
    selection: () => saved,
    adoptActive: () => adopt(doc.designMode === 'on' ? doc.body : doc.activeElement),
    dispose() {
      for (const [name, listener] of events) doc.removeEventListener(name, listener, true);
      doc.removeEventListener('selectionchange', onSelectionChange);
      doc.defaultView?.removeEventListener('focus', onWindowFocus);
      doc.removeEventListener(trackerPing, answerPing);
    },
  };
}
