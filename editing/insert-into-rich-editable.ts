import { ProtocolFailure, type InsertMode, type InsertResult } from '../messaging/protocol';
import { acceptsHtml, strategiesFor } from './strategies-for';
import { detectEditor } from './editor-kind';
import type { SavedSelection } from './focus-tracker';
import { holdsText } from './read-back';
import { selectSavedRange } from './select-saved-range';
import { nextFrame, settleUntil } from './settle';
import { syncEditor } from './sync-editor';

export interface RichRequest {
  text: string;
  html: string;
  plainOnly: boolean;
  mode: InsertMode;
}

/**
 * Runs the editor's adapter chain: restore the selection, try each strategy until one is registered,
 * then read the text back from the editor's DOM. A strategy that changed nothing hands over to the
 * next; one that changed the content but lost text is reported, never retried (no double insertion).
 */
export async function insertIntoRichEditable(
  host: HTMLElement,
  request: RichRequest,
  saved: SavedSelection,
): Promise<InsertResult> {
  if (host.getAttribute('aria-readonly') === 'true') throw new ProtocolFailure('readonly');
  const editor = detectEditor(host);
  const plainOnly = request.plainOnly || !acceptsHtml(editor);
  host.focus({ preventScroll: true });
  // Editors track the selection through selectionchange: give them a frame only if it had to move.
  if (selectSavedRange(host, saved, request.mode)) await nextFrame(host.ownerDocument);
  const before = host.innerHTML;
  for (const strategy of strategiesFor(editor)) {
    const taken = strategy.run({ host, text: request.text, html: request.html, plainOnly });
    if (!taken) continue;
    if (!(await settleUntil(host, () => holdsText(host, request.text)))) {
      if (host.innerHTML === before) continue;
      throw new ProtocolFailure('notRegistered', `${editor}/${strategy.name}: text not found after insertion`);
    }
    syncEditor(host, editor);
    return { inserted: request.text.length, strategy: strategy.name, editor };
  }
  throw new ProtocolFailure('notRegistered', editor);
}
