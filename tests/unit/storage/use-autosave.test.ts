import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Draft, DraftPatch } from '../../../storage/draft';
import { DraftConflictError } from '../../../storage/draft-errors';
import { useAutosave, type AutosaveJournal } from '../../../storage/use-autosave';
import { renderHook } from '../components/render-hook';

type Save = (patch: DraftPatch) => Promise<unknown>;

/** A save whose answer the test gives: each call waits until `answer` or `fail` is called. */
function controlledSave() {
  const calls: { patch: DraftPatch; answer: () => void; fail: (error: unknown) => void }[] = [];
  const save = vi.fn<Save>(
    (patch) =>
      new Promise((resolve, reject) => void calls.push({ patch, answer: () => resolve(undefined), fail: reject })),
  );
  return { save, calls };
}

async function mount(save: Save, journal?: AutosaveJournal, beforeSave?: () => void) {
  type Props = { save: Save; journal?: AutosaveJournal; beforeSave?: () => void };
  return renderHook((props: Props) => useAutosave(props.save, props.journal, props.beforeSave), {
    save,
    journal,
    beforeSave,
  });
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('useAutosave', () => {
  it('saves once, 400 ms after the last change, with every change merged', async () => {
    const { save, calls } = controlledSave();
    const hook = await mount(save);
    await act(async () => hook.result.current.change({ title: '通知' }));
    await act(() => vi.advanceTimersByTimeAsync(300));
    await act(async () => hook.result.current.change({ body: '正文' }));
    await act(() => vi.advanceTimersByTimeAsync(399));
    expect(save).not.toHaveBeenCalled();
    expect(hook.result.current.saveState).toEqual({ state: 'pending' });
    await act(() => vi.advanceTimersByTimeAsync(1));
    expect(save).toHaveBeenCalledTimes(1);
    expect(calls[0].patch).toEqual({ title: '通知', body: '正文' });
    await act(async () => calls[0].answer());
    expect(hook.result.current.saveState).toEqual({ state: 'saved' });
    await hook.unmount();
  });

  it('keeps the same pending state across keystrokes, so a keystroke renders nothing', async () => {
    const { save } = controlledSave();
    const hook = await mount(save);
    await act(async () => hook.result.current.change({ body: '一' }));
    const pending = hook.result.current.saveState;
    await act(async () => hook.result.current.change({ body: '一二' }));
    expect(hook.result.current.saveState).toBe(pending);
  });

  it('counts a write in flight as pending, so another panel’s change cannot replace the text being saved', async () => {
    const { save, calls } = controlledSave();
    const hook = await mount(save);
    await act(async () => hook.result.current.change({ body: '正在保存的正文' }));
    await act(() => vi.advanceTimersByTimeAsync(400));
    expect(calls).toHaveLength(1);
    // The queue is empty now, but the write has not answered: the editor must keep its text.
    expect(hook.result.current.hasPending()).toBe(true);
    await act(async () => calls[0].answer());
    expect(hook.result.current.hasPending()).toBe(false);
    await hook.unmount();
  });

  it('writes one at a time: a flush or another write during a save waits for it (it names the revision the save makes)', async () => {
    const { save, calls } = controlledSave();
    const hook = await mount(save);
    await act(async () => hook.result.current.change({ body: '第一稿' }));
    await act(() => vi.advanceTimersByTimeAsync(400));
    expect(calls).toHaveLength(1);
    await act(async () => hook.result.current.change({ body: '第二稿' }));
    let flushed: boolean | undefined;
    const order: string[] = [];
    await act(async () => {
      void hook.result.current.flush().then((ok) => (flushed = ok));
      void hook.result.current.exclusive(async () => order.push('保存版本'));
    });
    expect(calls).toHaveLength(1); // nothing started beside the save in flight
    expect(order).toEqual([]);
    await act(async () => calls[0].answer());
    expect(calls).toHaveLength(2);
    expect(calls[1].patch).toEqual({ body: '第二稿' });
    expect(order).toEqual([]);
    await act(async () => calls[1].answer());
    expect(flushed).toBe(true);
    expect(order).toEqual(['保存版本']);
    await hook.unmount();
  });

  it('keeps an edit typed during a failed save and reports a conflict without dropping either', async () => {
    const { save, calls } = controlledSave();
    const hook = await mount(save);
    await act(async () => hook.result.current.change({ body: '一' }));
    await act(() => vi.advanceTimersByTimeAsync(400));
    await act(async () => hook.result.current.change({ title: '二' }));
    await act(async () => calls[0].fail(new DraftConflictError({ id: 'd1', revision: 4 } as Draft, 3)));
    expect(hook.result.current.saveState).toEqual({ state: 'conflict', reason: 'changed' });
    expect(hook.result.current.hasPending()).toBe(true);
    // Waiting for the user's choice: nothing more is written, however long.
    await act(() => vi.advanceTimersByTimeAsync(5000));
    expect(save).toHaveBeenCalledTimes(1);
    await hook.unmount();
  });

  it('saves at once on unmount, and journals synchronously when the page is hidden', async () => {
    const { save, calls } = controlledSave();
    const journal = { keep: vi.fn(), clear: vi.fn() };
    const hook = await mount(save, journal);
    await act(async () => hook.result.current.change({ body: '关闭前的最后几个字' }));
    window.dispatchEvent(new Event('pagehide'));
    expect(journal.keep).toHaveBeenCalledWith({ body: '关闭前的最后几个字' });
    expect(calls.map((call) => call.patch)).toEqual([{ body: '关闭前的最后几个字' }]);
    await act(async () => calls[0].answer());
    expect(journal.clear).toHaveBeenCalled();

    await act(async () => hook.result.current.change({ body: '卸载前' }));
    await hook.unmount();
    expect(calls.map((call) => call.patch)).toEqual([{ body: '关闭前的最后几个字' }, { body: '卸载前' }]);
  });

  it('takes edits handed over just before each write and before the journal on closing (the body field)', async () => {
    const { save, calls } = controlledSave();
    const journal = { keep: vi.fn(), clear: vi.fn() };
    let typed: string | null = null;
    const hook = await mount(save, journal, () => {
      if (typed !== null) hook.result.current.change({ body: typed });
      typed = null;
    });
    typed = '第一段';
    await act(async () => hook.result.current.change({})); // a keystroke, its text not read yet
    await act(() => vi.advanceTimersByTimeAsync(400));
    expect(calls.map((call) => call.patch)).toEqual([{ body: '第一段' }]);
    await act(async () => calls[0].answer());

    typed = '关闭前';
    await act(async () => hook.result.current.change({}));
    window.dispatchEvent(new Event('pagehide'));
    expect(journal.keep).toHaveBeenCalledWith({ body: '关闭前' });
    expect(calls.map((call) => call.patch)).toEqual([{ body: '第一段' }, { body: '关闭前' }]);
    await act(async () => calls[1].answer());
    await hook.unmount();
  });
});
