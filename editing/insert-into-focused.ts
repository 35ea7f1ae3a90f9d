import { escapeHtml } from '../templates/engine/escape-html';
import { ProtocolFailure, type InsertPayload, type InsertResult } from '../messaging/protocol';
import { sanitizeDocumentHtml } from '../templates/output/sanitize-document-html';
import { editableTargetOf, isTextField } from './editable-target';
import type { FocusTracker } from './focus-tracker';
import { insertIntoRichEditable } from './insert-into-rich-editable';
import { insertIntoTextField } from './insert-into-text-field';

/** Plain paragraphs for the "plain text" override in a rich editor: no styles, every line escaped. */
export function plainParagraphs(text: string): string {
  return text
    .split('\n')
    .map((line) => `<p>${escapeHtml(line) || '<br>'}</p>`)
    .join('');
}

/**
 * Plain text for inputs and textareas, HTML for rich editables (format `auto`); the user can force
 * either. Only the element the user last chose in this frame is ever written to, and only if it is
 * still a text target now: a page may have turned it into a password box since the click.
 */
export async function insertIntoFocused(tracker: FocusTracker, payload: InsertPayload): Promise<InsertResult> {
  const target = tracker.target();
  if (!target || editableTargetOf(target) !== target) throw new ProtocolFailure('noTarget');
  const format = payload.format ?? 'auto';
  if (isTextField(target)) {
    const text = format === 'html' ? payload.html : payload.text;
    return insertIntoTextField(target, text, tracker.selection(), payload.mode);
  }
  const plainOnly = format === 'text';
  // Sanitised here, right before it enters the page, whoever sent it: the templates' allow-list (<p> with
  // GB/T 9704 styles), so no handler or script can ride along (insertHTML keeps handlers, ranges run scripts).
  const html = plainOnly ? plainParagraphs(payload.text) : sanitizeDocumentHtml(payload.html);
  return insertIntoRichEditable(
    target,
    { text: payload.text, html, plainOnly, mode: payload.mode },
    tracker.selection(),
  );
}
