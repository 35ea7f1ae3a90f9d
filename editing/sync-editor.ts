import type { EditorKind } from './editor-kind';

/**
 * UEditor copies its content to the form's hidden textarea when its iframe window blurs. The user
 * is in the side panel, so that blur already happened before the insertion: replay it so the form
 * submits what the user sees. KindEditor and TinyMCE sync on the form's submit event themselves.
 */
export function syncEditor(host: HTMLElement, editor: EditorKind): void {
  if (editor !== 'ueditor') return;
  const view = host.ownerDocument.defaultView;
  view?.dispatchEvent(new view.FocusEvent('blur'));
}
