import { selectionOf } from './deep-focus';
import type { RichStrategy } from './rich-strategy';

/**
 * A synthetic paste carrying text/html and text/plain. Browsers never perform the default action of
 * an untrusted paste, so the editor took it only if its own handler cancelled the event — which is what
 * Quill, TinyMCE, CKEditor 4/5 and Slate-based editors do through their clipboard pipelines.
 */
export const pasteStrategy: RichStrategy = {
  name: 'paste',
  run({ host, text, html, plainOnly }) {
    const view = host.ownerDocument.defaultView ?? window;
    const data = new view.DataTransfer();
    if (!plainOnly) data.setData('text/html', html);
    data.setData('text/plain', text);
    const event = new view.ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
    return !eventTarget(host).dispatchEvent(event);
  },
};

/** Editors listen on their root but check that events come from inside the selection. */
export function eventTarget(host: HTMLElement): Node {
  const selection = selectionOf(host);
  const node = selection?.anchorNode;
  const element = node?.nodeType === Node.TEXT_NODE ? node.parentElement : (node as Element | null);
  return element && host.contains(element) ? element : host;
}
