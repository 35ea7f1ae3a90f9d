import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createFocusTracker, type FocusTracker } from '../../../editing/focus-tracker';
import { insertIntoFocused } from '../../../editing/insert-into-focused';
import { ProtocolFailure } from '../../../messaging/protocol';

let tracker: FocusTracker;
let onFocus: ReturnType<typeof vi.fn<() => void>>;

beforeEach(() => {
  document.body.innerHTML = `
    <input id="name" value="">
    <input id="secret" type="password">
    <textarea id="body">开头结尾</textarea>
    <textarea id="locked" readonly>只读</textarea>
    <div id="rich" contenteditable="true"><p>已有内容</p></div>`;
  onFocus = vi.fn<() => void>();
  tracker = createFocusTracker(document, onFocus);
});
afterEach(() => tracker.dispose());

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const payload = (text: string, mode: 'caret' | 'replaceSelection' | 'replaceAll' = 'replaceSelection') => ({
  text,
  html: `<p>${text}</p>`,
  mode,
});

describe('insertIntoFocused', () => {
  it('says there is no target before any editable was focused', () => {
    expect(() => insertIntoFocused(tracker, payload('x'))).toThrowError(
      expect.objectContaining({ code: 'noTarget' }) as ProtocolFailure,
    );
  });

  it('never targets a password field', () => {
    byId('secret').focus();
    expect(onFocus).not.toHaveBeenCalled();
    expect(() => insertIntoFocused(tracker, payload('x'))).toThrowError(expect.objectContaining({ code: 'noTarget' }));
  });

  it('inserts at the remembered caret of a textarea, firing input for the page', () => {
    const body = byId<HTMLTextAreaElement>('body');
    body.focus();
    body.setSelectionRange(2, 2);
    body.dispatchEvent(new Event('keyup', { bubbles: true }));
    const inputs = vi.fn();
    body.addEventListener('input', inputs);
    const result = insertIntoFocused(tracker, payload('中间\n第二行'));
    expect(body.value).toBe('开头中间\n第二行结尾');
    expect(result.inserted).toBe(6);
    expect(inputs).toHaveBeenCalled();
    expect(onFocus).toHaveBeenCalledTimes(1);
  });

  it('replaces the whole field when asked', () => {
    const body = byId<HTMLTextAreaElement>('body');
    body.focus();
    insertIntoFocused(tracker, payload('全新', 'replaceAll'));
    expect(body.value).toBe('全新');
  });

  it('refuses read-only fields with a readonly error and leaves them untouched', () => {
    const locked = byId<HTMLTextAreaElement>('locked');
    locked.focus();
    expect(() => insertIntoFocused(tracker, payload('x'))).toThrowError(expect.objectContaining({ code: 'readonly' }));
    expect(locked.value).toBe('只读');
  });

  it('inserts HTML into a contenteditable', () => {
    const rich = byId('rich');
    rich.focus();
    rich.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    insertIntoFocused(tracker, payload('新段落', 'caret'));
    expect(rich.textContent).toContain('已有内容');
    expect(rich.textContent).toContain('新段落');
  });

  it('forgets a target removed from the page', () => {
    byId('name').focus();
    byId('name').remove();
    expect(() => insertIntoFocused(tracker, payload('x'))).toThrowError(expect.objectContaining({ code: 'noTarget' }));
  });
});
