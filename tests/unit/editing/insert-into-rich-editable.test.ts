import { beforeEach, describe, expect, it } from 'vitest';
import { insertIntoRichEditable } from '../../../editing/insert-into-rich-editable';

const request = { text: '一行\n二行', html: '<p>一行</p><p>二行</p>', plainOnly: false, mode: 'caret' as const };

beforeEach(() => {
  document.body.className = '';
});

describe('insertIntoRichEditable: the adapter chain', () => {
  it('falls through unregistered strategies and confirms by reading the text back', async () => {
    document.body.innerHTML = '<div contenteditable="true"><p>已有</p></div>';
    const host = document.body.firstElementChild as HTMLElement;
    const result = await insertIntoRichEditable(host, request, {});
    expect(result).toMatchObject({ strategy: 'domRange', editor: 'contenteditable' });
    expect(host.innerHTML).toBe('<p>已有</p><p>一行</p><p>二行</p>');
  });

  it("uses the editor's own handling when it cancels the paste", async () => {
    document.body.innerHTML = '<div class="ql-editor" contenteditable="true"></div>';
    const host = document.body.firstElementChild as HTMLElement;
    host.addEventListener('paste', (event) => {
      event.preventDefault();
      host.innerHTML = event.clipboardData!.getData('text/html');
    });
    expect(await insertIntoRichEditable(host, request, {})).toMatchObject({ strategy: 'paste', editor: 'quill' });
  });

  it('reports a model-driven editor that took nothing instead of editing its DOM behind its back', async () => {
    document.body.innerHTML = '<div class="ck-editor__editable" contenteditable="true"><p>已有</p></div>';
    const host = document.body.firstElementChild as HTMLElement;
    await expect(insertIntoRichEditable(host, request, {})).rejects.toMatchObject({ code: 'notRegistered' });
    expect(host.innerHTML).toBe('<p>已有</p>');
  });

  it('reports, and does not retry, an editor that accepted the paste but lost the text', async () => {
    document.body.innerHTML = '<div class="ql-editor" contenteditable="true"></div>';
    const host = document.body.firstElementChild as HTMLElement;
    host.addEventListener('paste', (event) => {
      event.preventDefault();
      host.innerHTML = '<p>一行</p>';
    });
    await expect(insertIntoRichEditable(host, request, {})).rejects.toMatchObject({ code: 'notRegistered' });
    expect(host.innerHTML).toBe('<p>一行</p>');
  });

  it('refuses an aria-readonly editor', async () => {
    document.body.innerHTML = '<div contenteditable="true" aria-readonly="true">归档</div>';
    const host = document.body.firstElementChild as HTMLElement;
    await expect(insertIntoRichEditable(host, request, {})).rejects.toMatchObject({ code: 'readonly' });
  });
});
