import { ProtocolFailure, type InsertMode, type InsertResult } from '../messaging/protocol';
import type { TextField } from './editable-target';
import { execCommand } from './exec-command';
import { fitTextField } from './fit-text-field';
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
 * undo stack (one Ctrl+Z removes the insertion) and fires trusted input events that React's value
 * tracker notices; the native value setter plus an input event is the fallback (it also satisfies
 * React, whose tracker hooks the instance's setter, not the prototype's). Read back either way.
 */
export function insertIntoTextField(
  field: TextField,
  rawText: string,
  selection: SavedSelection,
  mode: InsertMode,
): InsertResult {
  if (field.readOnly || field.disabled) throw new ProtocolFailure('readonly');
  const before = field.value;
  const [start, end] = rangeFor(field, selection, mode);
  const { text, maxLength } = fitTextField(field, rawText, start, end);
  const expected = before.slice(0, start) + text + before.slice(end);
  field.focus({ preventScroll: true });
  field.setSelectionRange(start, end);
  const result = (strategy: string): InsertResult => ({
    inserted: text.length,
    strategy,
    editor: 'textField',
    maxLength,
  });

  if (text.length > 0 && execCommand(field.ownerDocument, 'insertText', text) && field.value === expected) {
    return result('execCommand');
  }
  if (field.value !== before) throw new ProtocolFailure('notRegistered', 'the page rewrote the field');
  const prototype = Object.getPrototypeOf(field) as object;
  const descriptor = Object.getOwnPropertyDescriptor(prototype, 'value');
  if (descriptor?.set) descriptor.set.call(field, expected);
  else field.value = expected;
  field.setSelectionRange(start + text.length, start + text.length);
  const view = field.ownerDocument.defaultView ?? window;
  field.dispatchEvent(new view.InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
  field.dispatchEvent(new view.Event('change', { bubbles: true }));
  if (field.value !== expected) throw new ProtocolFailure('notRegistered');
  return result('valueSetter');
}
