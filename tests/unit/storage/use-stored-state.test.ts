import { act } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storage } from 'wxt/utils/storage';
import { useStoredState } from '../../../storage/use-stored-state';
import { useStoredValue } from '../../../storage/use-stored-value';
import { renderHook } from '../components/render-hook';

const noteItem = storage.defineItem<string>('local:testNote', { fallback: '', version: 1 });

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('useStoredValue', () => {
  it('reads the stored value once', async () => {
    await fakeBrowser.storage.local.set({ testNote: '会议纪要' });
    const read = vi.spyOn(noteItem, 'getValue');
    const hook = await renderHook(useStoredValue, noteItem);
    expect(hook.result.current).toBe('会议纪要');
    expect(read).toHaveBeenCalledTimes(1);
    await hook.unmount();
  });

  it('gives the fallback when nothing is stored', async () => {
    const hook = await renderHook(useStoredValue, noteItem);
    expect(hook.result.current).toBe('');
    await hook.unmount();
  });

  it('follows a change written by another context, and stops following once unmounted', async () => {
    const hook = await renderHook(useStoredValue, noteItem);
    await act(() => fakeBrowser.storage.local.set({ testNote: '另一个面板写的' }));
    expect(hook.result.current).toBe('另一个面板写的');
    await hook.unmount();
    const onChanged = vi.fn();
    fakeBrowser.storage.local.onChanged.addListener(onChanged);
    await fakeBrowser.storage.local.set({ testNote: '之后' });
    expect(onChanged).toHaveBeenCalled();
    expect(hook.result.current).toBe('另一个面板写的');
  });
});

describe('useStoredState', () => {
  it('shows a write at once and stores it', async () => {
    const hook = await renderHook(useStoredState, noteItem);
    await act(() => hook.result.current[1]('一'));
    expect(hook.result.current[0]).toBe('一');
    expect(await fakeBrowser.storage.local.get('testNote')).toEqual({ testNote: '一' });
    await hook.unmount();
  });

  it('is not set back to an older keystroke by the echoes of its own writes', async () => {
    const shown: (string | undefined)[] = [];
    const hook = await renderHook((item: typeof noteItem) => {
      const state = useStoredState(item);
      shown.push(state[0]);
      return state;
    }, noteItem);
    // Storage answers (and echoes) only after all three keystrokes, as a busy browser may.
    const held: (() => Promise<void>)[] = [];
    const set = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
    const hold = (items: Record<string, unknown>) =>
      new Promise<void>((resolve) => void held.push(() => set(items).then(resolve)));
    // The typings list set's callback overload (returning void) first; the promise form is the one used.
    // eslint-disable-next-line @typescript-eslint/no-misused-promises
    const holding = vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementation(hold);
    // One keystroke per render, each written without waiting, as an input's change handler does.
    const writes: Promise<void>[] = [];
    for (const text of ['一', '一二', '一二三']) {
      await act(async () => void writes.push(hook.result.current[1](text)));
    }
    for (const release of held) await act(release);
    await act(() => Promise.all(writes));
    holding.mockRestore();
    expect(shown.slice(shown.indexOf('一二三'))).toEqual(shown.slice(shown.indexOf('一二三')).map(() => '一二三'));
    await act(() => fakeBrowser.storage.local.set({ testNote: '别处改的' }));
    expect(hook.result.current[0]).toBe('别处改的');
    await hook.unmount();
  });

  it('keeps a value set before the first read answered', async () => {
    let answer: (value: string) => void = () => undefined;
    vi.spyOn(noteItem, 'getValue').mockReturnValueOnce(new Promise((resolve) => (answer = resolve)));
    const hook = await renderHook(useStoredState, noteItem);
    await act(() => hook.result.current[1]('新'));
    await act(async () => answer('旧'));
    expect(hook.result.current[0]).toBe('新');
    await hook.unmount();
  });
});
