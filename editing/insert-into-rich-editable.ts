import { ProtocolFailure, type InsertMode, type InsertResult } from '../messaging/protocol';
import { execCommand } from './exec-command';
import type { SavedSelection } from './focus-tracker';

function selectTarget(host: HTMLElement, saved: SavedSelection, mode: InsertMode): void {
  const doc = host.ownerDocument;
  const selection = doc.getSelection();
  if (!selection) return;
  let range = saved.range && host.contains(saved.range.commonAncestorContainer) ? saved.range.cloneRange() : null;
  if (!range || mode === 'replaceAll') {
    range = doc.createRange();
    range.selectNodeContents(host);
    if (mode !== 'replaceAll') range.collapse(false);
  }
  if (mode === 'caret') range.collapse(false);
  selection.removeAllRanges();
  selection.addRange(range);
}

/** Inserts HTML into a contenteditable host; editor-specific adapters come before this generic one. */
export function insertIntoRichEditable(
  host: HTMLElement,
  text: string,
  html: string,
  saved: SavedSelection,
  mode: InsertMode,
): InsertResult {
  if (host.getAttribute('aria-readonly') === 'true') throw new ProtocolFailure('readonly');
  const before = host.innerHTML;
  host.focus();
  selectTarget(host, saved, mode);
  if (execCommand(host.ownerDocument, 'insertHTML', html) && host.innerHTML !== before) {
    return { inserted: text.length, strategy: 'execCommand' };
  }
  const selection = host.ownerDocument.getSelection();
  if (!selection || selection.rangeCount === 0) throw new ProtocolFailure('notRegistered');
  const range = selection.getRangeAt(0);
  range.deleteContents();
  range.insertNode(range.createContextualFragment(html));
  const view = host.ownerDocument.defaultView ?? window;
  host.dispatchEvent(new view.InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
  if (host.innerHTML === before) throw new ProtocolFailure('notRegistered');
  return { inserted: text.length, strategy: 'domRange' };
}
