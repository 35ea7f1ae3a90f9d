import { beforeInputStrategy } from './before-input-strategy';
import { domRangeStrategy } from './dom-range-strategy';
import type { EditorKind } from './editor-kind';
import { execCommandStrategy } from './exec-command-strategy';
import { pasteStrategy } from './paste-strategy';
import type { RichStrategy } from './rich-strategy';

/**
 * The adapter chain per editor, in the order each editor registers them (why each chain: docs/architecture.md, "Insertion").
 * Model-driven editors get no execCommand/DOM fallback: they would show text their model never holds
 * (a silent loss), so the panel copies to the clipboard instead. UEditor and KindEditor skip paste:
 * their paste handlers move the caret into a "paste bin" and wait for a browser paste that never comes.
 */
const chains: Record<EditorKind, RichStrategy[]> = {
  ckeditor5: [pasteStrategy, beforeInputStrategy],
  slate: [pasteStrategy, beforeInputStrategy],
  quill: [pasteStrategy, execCommandStrategy],
  tinymce: [pasteStrategy, execCommandStrategy],
  ckeditor4: [pasteStrategy, execCommandStrategy],
  ueditor: [execCommandStrategy, domRangeStrategy],
  kindeditor: [execCommandStrategy, domRangeStrategy],
  designMode: [execCommandStrategy, domRangeStrategy],
  contenteditable: [pasteStrategy, beforeInputStrategy, execCommandStrategy, domRangeStrategy],
};

export function strategiesFor(kind: EditorKind): RichStrategy[] {
  return chains[kind];
}

/** Slate-based editors (wangEditor 5) break on pasted HTML; they get text/plain, one line per paragraph. */
export function acceptsHtml(kind: EditorKind): boolean {
  return kind !== 'slate';
}
