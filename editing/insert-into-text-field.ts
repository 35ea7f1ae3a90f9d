import { ProtocolFailure, type InsertMode, type InsertResult } from '../messaging/protocol';
import { execCommand } from './exec-command';
import type { TextField } from './editable-target';
import type { SavedSelection } from './focus-tracker';

function rangeFor(field: TextField, selection: SavedSelection, mode: InsertMode): [number, number] {
  const length = field.value.length;
  if (mode === 'replaceAll') return [0, length];
  const start = Math.min(selection.start ?? length, length);
  const end = mode === 'caret' ? start : Math.min(selection.end ?? start, length);
  return [start, end];
}

/**
 * Inserts plain text into an <input>/<textarea>. execCommand goes first because it keeps the page's
 * undo stack and fires real input events; React-controlled fields are then covered by the native value
 * setter, which React's value tracker notices.
 */
export function insertIntoTextField(
  field: TextField,
  text: string,
  selection: SavedSelection,
  mode: InsertMode,
): InsertResult {
  if (field.readOnly || field.disabled) throw new ProtocolFailure('readonly');
  const before = field.value;
  const [start, end] = rangeFor(field, selection, mode);
  const expected = before.slice(0, start) + text + before.slice(end);
  field.focus();
  field.setSelectionRange(start, end);
  const inserted = () => field.value.length - (before.length - (end - start));

  if (execCommand(field.ownerDocument, 'insertText', text) && field.value !== before) {
    return { inserted: inserted(), strategy: 'execCommand' };
  }
  const prototype = Object.getPrototypeOf(field) as object;
  const setter = Object.getOwnPropertyDescriptor(prototype, 'value')?.set;
  if (setter) setter.call(field, expected);
  else field.value = expected;
  field.setSelectionRange(start + text.length, start + text.length);
  const view = field.ownerDocument.defaultView ?? window;
  field.dispatchEvent(new view.InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
  field.dispatchEvent(new view.Event('change', { bubbles: true }));
  if (field.value !== expected) throw new ProtocolFailure('notRegistered');
  return { inserted: inserted(), strategy: 'valueSetter' };
}
