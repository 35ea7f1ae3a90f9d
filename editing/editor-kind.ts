/**
 * Which rich editor owns a contenteditable host, recognised by the DOM each one builds (the editors'
 * JS objects live in the page's world, out of reach of the content script). The kind picks the
 * insertion strategies the editor is known to register (see docs/architecture.md, "Insertion").
 */
export type EditorKind =
  | 'ckeditor5'
  | 'slate'
  | 'quill'
  | 'tinymce'
  | 'ckeditor4'
  | 'ueditor'
  | 'kindeditor'
  | 'designMode'
  | 'contenteditable';

export function detectEditor(host: HTMLElement): EditorKind {
  const doc = host.ownerDocument;
  if (host.closest('.ck-editor__editable')) return 'ckeditor5';
  if (host.closest('[data-slate-editor]')) return 'slate';
  if (host.closest('.ql-editor')) return 'quill';
  const body = doc.body;
  if (body?.classList.contains('mce-content-body')) return 'tinymce';
  if (body?.classList.contains('cke_editable')) return 'ckeditor4';
  if (body?.classList.contains('ke-content')) return 'kindeditor';
  if (isUEditorFrame(doc)) return 'ueditor';
  if (doc.designMode === 'on') return 'designMode';
  return 'contenteditable';
}

/** UEditor writes its editing iframe as `ueditor_N` (javascript: URL, document.write). */
function isUEditorFrame(doc: Document): boolean {
  try {
    return /^ueditor_\d+$/.test(doc.defaultView?.frameElement?.id ?? '');
  } catch {
    return false; // a cross-origin parent hides frameElement; UEditor frames are always same-origin
  }
}
