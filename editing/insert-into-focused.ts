import { ProtocolFailure, type InsertPayload, type InsertResult } from '../messaging/protocol';
import { isTextField } from './editable-target';
import type { FocusTracker } from './focus-tracker';
import { insertIntoRichEditable } from './insert-into-rich-editable';
import { insertIntoTextField } from './insert-into-text-field';

/** Plain text for inputs and textareas, HTML for rich editables; never anything else on the page. */
export function insertIntoFocused(tracker: FocusTracker, payload: InsertPayload): InsertResult {
  const target = tracker.target();
  if (!target) throw new ProtocolFailure('noTarget');
  if (isTextField(target)) return insertIntoTextField(target, payload.text, tracker.selection(), payload.mode);
  return insertIntoRichEditable(target, payload.text, payload.html, tracker.selection(), payload.mode);
}
