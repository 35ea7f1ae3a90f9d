import { afterEach, describe, expect, it, vi } from 'vitest';
import { useInsertPart } from '../../../components/use-insert-part';
import type { InsertTarget } from '../../../messaging/protocol';
import { settingsRepository } from '../../../storage/default-database';
import { renderHook } from './render-hook';

const target: InsertTarget = {
  kind: 'multiLine',
  label: '正文',
  site: 'oa.example.gov.cn',
  frameOrigin: 'https://oa.example.gov.cn',
  frameSite: 'oa.example.gov.cn',
  crossOrigin: false,
};

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

// The insert button re-renders with every keystroke in the body; its options are memoized on this setter.
describe('useInsertPart', () => {
  it('keeps the insert part setter the same function while the target is', async () => {
    const hook = await renderHook(useInsertPart, null);
    const [, choose] = hook.result.current;
    await hook.rerender(null);
    expect(hook.result.current[1]).toBe(choose);
    await hook.act(() => choose('body'));
    expect(hook.result.current[0]).toBe('body');
    await hook.unmount();
  });

  it('shows the part remembered for this site and kind of field once it is read', async () => {
    await settingsRepository.set('insertParts', { 'oa.example.gov.cn|block': 'all' });
    const hook = await renderHook(useInsertPart, target);
    await vi.waitFor(() => expect(hook.result.current[0]).toBe('all'));
    await hook.unmount();
  });

  it('keeps a part chosen before the remembered parts arrive, and forgets none of them', async () => {
    // CI under load: 全文 chosen on a UEditor page was replaced by the stored default when the first read
    // settled after the click, and the write then held this site alone (other sites' choices lost).
    await settingsRepository.set('insertParts', { 'other.example.gov.cn|line': 'title' });
    const stored = settingsRepository.get('insertParts');
    let settle: () => void = () => undefined;
    const late = new Promise<void>((resolve) => (settle = resolve));
    vi.spyOn(settingsRepository, 'get').mockReturnValueOnce(late.then(() => stored));
    const hook = await renderHook(useInsertPart, target);
    await hook.act(() => hook.result.current[1]('all'));
    await hook.act(async () => {
      settle();
      await late;
      await stored;
    });
    expect(hook.result.current[0]).toBe('all');
    await vi.waitFor(async () =>
      expect(await settingsRepository.get('insertParts')).toEqual({
        'other.example.gov.cn|line': 'title',
        'oa.example.gov.cn|block': 'all',
      }),
    );
    await hook.unmount();
  });

  it('leaves React alone when the remembered parts arrive after the panel closed', async () => {
    // CI: a read that settled after its test file ended reached React with happy-dom gone (window is not
    // defined, an unhandled rejection). Here the read settles after unmount, with `window` gone.
    let settle: (parts: Record<string, 'title' | 'body' | 'all'>) => void = () => undefined;
    vi.spyOn(settingsRepository, 'get').mockReturnValue(new Promise((resolve) => (settle = resolve as typeof settle)));
    const hook = await renderHook(useInsertPart, target);
    await hook.unmount();
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    vi.stubGlobal('window', undefined);
    settle({ 'oa.example.gov.cn|block': 'title' });
    await new Promise((resolve) => setTimeout(resolve, 0));
    vi.unstubAllGlobals();
    process.off('unhandledRejection', unhandled);
    expect(unhandled).not.toHaveBeenCalled();
  });
});
