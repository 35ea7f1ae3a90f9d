import { ProtocolFailure, type SelectionCapture } from '../messaging/protocol';
import { deepActiveElement, selectionOf } from './deep-focus';
import { isTextField } from './editable-target';

/**
 * The selected text of this frame with its line breaks (the context menu's `selectionText` joins
 * lines with spaces). Inside an input or textarea the document selection is empty: read the field.
 */
export function readSelection(doc: Document): SelectionCapture {
  const active = deepActiveElement(doc);
  let text = '';
  if (active && isTextField(active)) {
    text = active.value.slice(active.selectionStart ?? 0, active.selectionEnd ?? 0);
  } else {
    // Inside an open shadow root (a web component's editor) the selection lives on that root.
    text = (active ? selectionOf(active) : doc.getSelection())?.toString() ?? '';
  }
  // Chromium puts a blank line between <p> blocks (their margins); a draft has one line per paragraph.
  text = text
    .replace(/\r\n?/g, '\n')
    .replace(/\u00a0/g, ' ')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{2,}/g, '\n')
    .trim();
  if (!text) throw new ProtocolFailure('noSelection');
  return { text };
}
