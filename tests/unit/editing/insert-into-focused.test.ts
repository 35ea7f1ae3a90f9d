import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createFocusTracker, type FocusTracker } from '../../../editing/focus-tracker';
import { insertIntoFocused } from '../../../editing/insert-into-focused';
import { ProtocolFailure } from '../../../messaging/protocol';
import { click, testPolicy } from './user-gestures';

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
  tracker = createFocusTracker(document, onFocus, testPolicy());
});
afterEach(() => tracker.dispose());

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const payload = (text: string, mode: 'caret' | 'replaceSelection' | 'replaceAll' = 'replaceSelection') => ({
  text,
  html: `<p>${text}</p>`,
  mode,
});

describe('insertIntoFocused', () => {
  it('says there is no target before any editable was focused', async () => {
    await expect(insertIntoFocused(tracker, payload('x'))).rejects.toEqual(
      expect.objectContaining({ code: 'noTarget' }) as ProtocolFailure,
    );
  });

  it('never targets a password field, and forgets the field focused before it', async () => {
    click(byId('name'));
    click(byId('secret'));
    expect(onFocus).toHaveBeenCalledTimes(1);
    await expect(insertIntoFocused(tracker, payload('x'))).rejects.toMatchObject({ code: 'noTarget' });
    expect(byId<HTMLInputElement>('name').value).toBe('');
  });

  it('inserts at the remembered caret of a textarea, firing input for the page', async () => {
    const body = byId<HTMLTextAreaElement>('body');
    click(body);
    body.setSelectionRange(2, 2);
    body.dispatchEvent(new Event('keyup', { bubbles: true }));
    const inputs = vi.fn();
    body.addEventListener('input', inputs);
    const result = await insertIntoFocused(tracker, payload('中间\n第二行'));
    expect(body.value).toBe('开头中间\n第二行结尾');
    expect(result.inserted).toBe(6);
    expect(inputs).toHaveBeenCalled();
    expect(onFocus).toHaveBeenCalledTimes(1);
  });

  it('replaces the whole field when asked', async () => {
    const body = byId<HTMLTextAreaElement>('body');
    click(body);
    await insertIntoFocused(tracker, payload('全新', 'replaceAll'));
    expect(body.value).toBe('全新');
  });

  it('refuses read-only fields with a readonly error and leaves them untouched', async () => {
    const locked = byId<HTMLTextAreaElement>('locked');
    click(locked);
    await expect(insertIntoFocused(tracker, payload('x'))).rejects.toMatchObject({ code: 'readonly' });
    expect(locked.value).toBe('只读');
  });

  it('inserts HTML into a contenteditable', async () => {
    const rich = byId('rich');
    click(rich);
    await insertIntoFocused(tracker, payload('新段落', 'caret'));
    expect(rich.textContent).toContain('已有内容');
    expect(rich.textContent).toContain('新段落');
  });

  it('forgets a target removed from the page', async () => {
    click(byId('name'));
    byId('name').remove();
    await expect(insertIntoFocused(tracker, payload('x'))).rejects.toMatchObject({ code: 'noTarget' });
  });

  it('re-checks the field at insertion: one turned into a password box since the click gets nothing', async () => {
    const name = byId<HTMLInputElement>('name');
    click(name);
    name.type = 'password';
    await expect(insertIntoFocused(tracker, payload('x'))).rejects.toMatchObject({ code: 'noTarget' });
    await expect(insertIntoFocused(tracker, { ...payload('x'), format: 'html' })).rejects.toMatchObject({
      code: 'noTarget',
    });
    expect(name.value).toBe('');
  });

  it('sanitises HTML right before it enters a rich editor, whoever sent it', async () => {
    const rich = byId('rich');
    click(rich);
    const hostile = '<p>甲</p><img src=x onerror="window.hit=1"><p onclick="x()">乙</p><script>window.hit=2</script>';
    await insertIntoFocused(tracker, { text: '甲\n乙', html: hostile, mode: 'replaceAll' });
    expect(rich.innerHTML).not.toMatch(/onerror|onclick|<img|<script/);
    expect(rich.textContent).toContain('甲');
    expect(rich.textContent).toContain('乙');
  });
});
