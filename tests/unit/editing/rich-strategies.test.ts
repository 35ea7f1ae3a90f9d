import { beforeEach, describe, expect, it, vi } from 'vitest';
import { beforeInputStrategy } from '../../../editing/before-input-strategy';
import { domRangeStrategy } from '../../../editing/dom-range-strategy';
import { execCommandStrategy } from '../../../editing/exec-command-strategy';
import { pasteStrategy } from '../../../editing/paste-strategy';

let host: HTMLElement;
const insertion = (plainOnly = false) => ({ host, text: '一行\n二行', html: '<p>一行</p><p>二行</p>', plainOnly });

beforeEach(() => {
  document.body.innerHTML = '<div id="ed" contenteditable="true"><p>已有</p></div>';
  host = document.getElementById('ed')!;
  host.focus();
  const range = document.createRange();
  range.selectNodeContents(host);
  range.collapse(false);
  document.getSelection()!.removeAllRanges();
  document.getSelection()!.addRange(range);
});

describe('pasteStrategy', () => {
  it('counts as registered only when the editor cancels the paste, handing it text/html and text/plain', () => {
    const seen = vi.fn();
    host.addEventListener('paste', (event) => {
      seen(event.clipboardData?.getData('text/html'), event.clipboardData?.getData('text/plain'));
      event.preventDefault();
    });
    expect(pasteStrategy.run(insertion())).toBe(true);
    expect(seen).toHaveBeenCalledWith('<p>一行</p><p>二行</p>', '一行\n二行');
  });

  it('sends no HTML to editors that mangle it (plainOnly)', () => {
    const html = vi.fn();
    host.addEventListener('paste', (event) => html(event.clipboardData?.getData('text/html')));
    pasteStrategy.run(insertion(true));
    expect(html).toHaveBeenCalledWith('');
  });

  it('is not registered on a plain contenteditable, which ignores untrusted pastes', () => {
    expect(pasteStrategy.run(insertion())).toBe(false);
    expect(host.innerHTML).toBe('<p>已有</p>');
  });
});

describe('beforeInputStrategy', () => {
  it('sends insertText with the data and is registered when the editor cancels it', () => {
    const data = vi.fn();
    host.addEventListener('beforeinput', (event) => {
      data(event.inputType, event.data);
      event.preventDefault();
    });
    expect(beforeInputStrategy.run(insertion())).toBe(true);
    expect(data).toHaveBeenCalledWith('insertText', '一行\n二行');
  });

  it('is not registered when nobody handles it', () => {
    expect(beforeInputStrategy.run(insertion())).toBe(false);
  });
});

describe('execCommandStrategy and domRangeStrategy', () => {
  it('execCommand reports "not registered" where the engine lacks it (happy-dom)', () => {
    expect(execCommandStrategy.run(insertion())).toBe(false);
  });

  it('domRange splices the HTML in at the selection and fires input', () => {
    const input = vi.fn();
    host.addEventListener('input', input);
    expect(domRangeStrategy.run(insertion())).toBe(true);
    expect(host.innerHTML).toBe('<p>已有</p><p>一行</p><p>二行</p>');
    expect(input).toHaveBeenCalledOnce();
  });

  it('domRange escapes plain text and keeps its line breaks', () => {
    domRangeStrategy.run({ host, text: '<b>不是标签</b>\n下一行', html: '', plainOnly: true });
    expect(host.innerHTML).toContain('&lt;b&gt;不是标签&lt;/b&gt;<br>下一行');
  });
});
