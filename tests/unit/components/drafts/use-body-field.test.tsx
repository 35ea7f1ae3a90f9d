import { act, createElement, type ReactElement } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useBodyField } from '../../../../components/drafts/use-body-field';
import '../render-hook'; // React's act() environment flag

/**
 * The body field of a draft: a keystroke is saved and counted without a render of the editor; the
 * editor sees the text when typing pauses or the field loses focus.
 */
describe('useBodyField', () => {
  afterEach(() => vi.useRealTimers());

  async function mount(body: string) {
    const onType = vi.fn();
    const onShow = vi.fn();
    let renders = 0;
    let field!: ReturnType<typeof useBodyField>;
    const Editor = ({ text }: { text: string }): ReactElement => {
      renders++;
      field = useBodyField({ id: 'body', body: text, onType, onShow, pauseMs: 300 });
      return field.element;
    };
    const container = document.createElement('div');
    document.body.append(container);
    const root = createRoot(container);
    await act(async () => root.render(createElement(Editor, { text: body })));
    const area = container.querySelector('textarea')!;
    const type = async (text: string) =>
      act(async () => {
        Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!.call(area, text);
        area.setSelectionRange(text.length, text.length);
        area.dispatchEvent(new Event('input', { bubbles: true }));
      });
    return {
      area,
      type,
      onType,
      onShow,
      renders: () => renders,
      count: () => field.count.get(),
      rerender: (text: string) => act(async () => root.render(createElement(Editor, { text }))),
      unmount: () => act(async () => root.unmount()),
    };
  }

  it('saves and counts each keystroke without a render, and shows the text once typing pauses', async () => {
    vi.useFakeTimers();
    const editor = await mount('各科室：');
    const before = editor.renders();
    await editor.type('各科室：现将');
    await editor.type('各科室：现将有关 事项');
    expect(editor.onType.mock.calls.map(([text]) => text)).toEqual(['各科室：现将', '各科室：现将有关 事项']);
    expect(editor.count()).toBe(10); // the space is not counted
    expect(editor.renders()).toBe(before);
    expect(editor.area.id).toBe('body'); // the label's htmlFor
    expect(editor.onShow).not.toHaveBeenCalled();
    await act(async () => vi.advanceTimersByTime(300));
    expect(editor.onShow.mock.calls).toEqual([['各科室：现将有关 事项']]);
    await editor.unmount();
  });

  it('shows the typed text at once when the field loses focus (before a button beside it is clicked)', async () => {
    const editor = await mount('');
    await editor.type('关于');
    await act(async () => editor.area.dispatchEvent(new FocusEvent('blur')));
    expect(editor.onShow.mock.calls).toEqual([['关于']]);
    await editor.unmount();
  });

  it('writes a body set from elsewhere into the field and counts it, but never rewrites typed text', async () => {
    const editor = await mount('原文');
    await editor.type('原文加字');
    await editor.rerender('原文加字'); // the typed text, shown: the field already holds it
    expect(editor.area.value).toBe('原文加字');
    await editor.rerender('恢复的版本内容');
    expect(editor.area.value).toBe('恢复的版本内容');
    expect(editor.count()).toBe(7);
    await editor.unmount();
  });

  it('does not show a stale text after it was unmounted', async () => {
    vi.useFakeTimers();
    const editor = await mount('');
    await editor.type('草稿');
    await editor.unmount();
    await act(async () => vi.advanceTimersByTime(1000));
    expect(editor.onShow).not.toHaveBeenCalled();
  });
});
