import { escapeHtml } from '../templates/engine/escape-html';
import { selectionOf } from './deep-focus';
import type { RichStrategy } from './rich-strategy';

/** Last resort for engines without execCommand: splice the fragment in and tell the page via `input`. */
export const domRangeStrategy: RichStrategy = {
  name: 'domRange',
  run({ host, text, html, plainOnly }) {
    const selection = selectionOf(host);
    if (!selection || selection.rangeCount === 0) return false;
    const before = host.innerHTML;
    const range = selection.getRangeAt(0);
    range.deleteContents();
    const markup = plainOnly ? escapeHtml(text).replace(/\n/g, '<br>') : html;
    const fragment = range.createContextualFragment(markup);
    const last = fragment.lastChild;
    range.insertNode(fragment);
    if (last) {
      range.setStartAfter(last);
      range.collapse(true);
    }
    const view = host.ownerDocument.defaultView ?? window;
    host.dispatchEvent(new view.InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
    return host.innerHTML !== before;
  },
};
