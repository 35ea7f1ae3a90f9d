import type { InsertMode } from '../messaging/protocol';
import { selectionOf } from './deep-focus';
import type { SavedSelection } from './focus-tracker';

/**
 * Puts the page's selection back where the user left it in the host (clicking in the side panel may
 * have moved or collapsed it), adjusted to the mode: the caret, the selection, or the whole content.
 * Returns whether the selection had to move (editors then need a frame to notice).
 */
export function selectSavedRange(host: HTMLElement, saved: SavedSelection, mode: InsertMode): boolean {
  const doc = host.ownerDocument;
  const selection = selectionOf(host);
  if (!selection) return false;
  const usable = saved.range && host.contains(saved.range.commonAncestorContainer);
  let range = usable ? saved.range!.cloneRange() : null;
  if (!range || mode === 'replaceAll') {
    range = doc.createRange();
    range.selectNodeContents(host);
    if (mode !== 'replaceAll') range.collapse(false);
  }
  if (mode === 'caret') range.collapse(false);
  if (selection.rangeCount === 1 && sameRange(selection.getRangeAt(0), range)) return false;
  selection.removeAllRanges();
  selection.addRange(range);
  return true;
}

function sameRange(a: Range, b: Range): boolean {
  return (
    a.startContainer === b.startContainer &&
    a.startOffset === b.startOffset &&
    a.endContainer === b.endContainer &&
    a.endOffset === b.endOffset
  );
}
