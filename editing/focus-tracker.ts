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
  dispose(): void;
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
  const onFocusIn = (event: Event) => {
    const editable = editableTargetOf(event.target as Element | null);
    if (!editable) return;
    target = editable;
    saved = {};
    remember();
    onFocusEditable();
  };
  const onSelectionChange = () => {
    if (target && (doc.activeElement === target || target.contains(doc.activeElement))) remember();
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

  return {
    target: () => (target?.isConnected ? target : null),
    selection: () => saved,
    dispose() {
      for (const [name, listener] of events) doc.removeEventListener(name, listener, true);
      doc.removeEventListener('selectionchange', onSelectionChange);
    },
  };
}
