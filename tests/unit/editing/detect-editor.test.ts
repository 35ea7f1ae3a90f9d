import { describe, expect, it } from 'vitest';
import { detectEditor } from '../../../editing/editor-kind';
import { acceptsHtml, strategiesFor } from '../../../editing/strategies-for';

const hostIn = (markup: string, selector: string) => {
  document.body.className = '';
  document.body.innerHTML = markup;
  return document.querySelector<HTMLElement>(selector)!;
};

describe('detectEditor and its adapter chain', () => {
  it.each([
    ['<div class="ck ck-editor__editable" contenteditable="true"><p>x</p></div>', 'div', 'ckeditor5'],
    ['<div data-slate-editor="true" contenteditable="true"></div>', 'div', 'slate'],
    ['<div class="ql-editor" contenteditable="true"></div>', 'div', 'quill'],
    ['<div contenteditable="true"></div>', 'div', 'contenteditable'],
  ])('%s is %s', (markup, selector, kind) => {
    expect(detectEditor(hostIn(markup, selector))).toBe(kind);
  });

  it('recognises iframe editors by the body class they set', () => {
    for (const [className, kind] of [
      ['mce-content-body', 'tinymce'],
      ['ke-content', 'kindeditor'],
      ['cke_editable', 'ckeditor4'],
    ]) {
      document.body.className = className;
      expect(detectEditor(document.body)).toBe(kind);
    }
    document.body.className = '';
  });

  it('never falls back to DOM edits in model-driven editors (the model would never get the text)', () => {
    for (const kind of ['ckeditor5', 'slate'] as const) {
      expect(strategiesFor(kind).map((strategy) => strategy.name)).toEqual(['paste', 'beforeinput']);
    }
    expect(acceptsHtml('slate')).toBe(false);
    expect(strategiesFor('ueditor').map((strategy) => strategy.name)).not.toContain('paste');
  });
});
