import { execCommand } from './exec-command';
import type { RichStrategy } from './rich-strategy';

/**
 * execCommand edits the DOM the way typing does: it keeps the browser's undo stack and fires `input`,
 * which DOM-watching editors (UEditor, KindEditor, TinyMCE, Quill, wangEditor 4) pick up.
 */
export const execCommandStrategy: RichStrategy = {
  name: 'execCommand',
  run({ host, text, html, plainOnly }) {
    const before = host.innerHTML;
    const doc = host.ownerDocument;
    const done = plainOnly ? execCommand(doc, 'insertText', text) : execCommand(doc, 'insertHTML', html);
    return done && host.innerHTML !== before;
  },
};
