import { act, createElement, type ReactElement } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useBodyField } from '../../../../components/drafts/use-body-field';
import '../render-hook'; // React's act() environment flag

/**
 * The body field of a draft: a keystroke is only marked (no render, no read of the text); the text is
 * read, counted, queued and shown when typing pauses or the field loses focus, and read at once when the
 * autosave asks for it.
 */
describe('useBodyField', () => {
  afterEach(() => vi.useRealTimers());

  async function mount(body: string) {
    const onTouch = vi.fn();
    const onType = vi.fn();
    const onShow = vi.fn();
    let renders = 0;
    let field!: ReturnType<typeof useBodyField>;
    const Editor = ({ text }: { text: string }): ReactElement => {
      renders++;
      field = useBodyField({ id: 'body', body: text, onTouch, onType, onShow, pauseMs: 300 });
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
      onTouch,
      onType,
      read: () => field.read(),
      onShow,
      renders: () => renders,
      count: () => field.count.get(),
      rerender: (text: string) => act(async () => root.render(createElement(Editor, { text }))),
      unmount: () => act(async () => root.unmount()),
    };
  }

  it('marks each keystroke without a render, and reads, counts, queues and shows the text once typing pauses', async () => {
    vi.useFakeTimers();
    const editor = await mount('各科室：');
    const before = editor.renders();
    await editor.type('各科室：现将');
    await editor.type('各科室：现将有关 事项');
    expect(editor.onTouch).toHaveBeenCalledTimes(2);
    expect(editor.onType).not.toHaveBeenCalled();
    expect(editor.renders()).toBe(before);
    expect(editor.area.id).toBe('body'); // the label's htmlFor
    await act(async () => vi.advanceTimersByTime(300));
    expect(editor.onType.mock.calls).toEqual([['各科室：现将有关 事项']]);
    expect(editor.onShow.mock.calls).toEqual([['各科室：现将有关 事项']]);
    expect(editor.count()).toBe(10); // the space is not counted
    await editor.unmount();
  });

  it('hands the typed text over at once when the autosave asks, and only once', async () => {
    const editor = await mount('');
    await editor.type('请示');
    editor.read();
    editor.read();
    expect(editor.onType.mock.calls).toEqual([['请示']]);
    expect(editor.count()).toBe(2);
    await editor.unmount();
    editor.read(); // the autosave's last write, after the editor closed: nothing new
    expect(editor.onType).toHaveBeenCalledTimes(1);
  });

  it('reads what the field held when the autosave asks after the editor closed', async () => {
    const editor = await mount('');
    await editor.type('会议纪要');
    await editor.unmount();
    editor.read();
    expect(editor.onType.mock.calls).toEqual([['会议纪要']]);
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
