import type { InsertMode } from '../messaging/protocol';
import { selectionOf } from './deep-focus';
import type { SavedSelection } from './focus-tracker';

/**
 * Puts the page's selection back where the user left it in the host (clicking in the side panel may
 * have moved or collapsed it), adjusted to the mode: the caret, the selection, or the whole content.
 */
export function selectSavedRange(host: HTMLElement, saved: SavedSelection, mode: InsertMode): void {
  const doc = host.ownerDocument;
  const selection = selectionOf(host);
  if (!selection) return;
  const usable = saved.range && host.contains(saved.range.commonAncestorContainer);
  let range = usable ? saved.range!.cloneRange() : null;
  if (!range || mode === 'replaceAll') {
    range = doc.createRange();
    range.selectNodeContents(host);
    if (mode !== 'replaceAll') range.collapse(false);
  }
  if (mode === 'caret') range.collapse(false);
  selection.removeAllRanges();
  selection.addRange(range);
}
