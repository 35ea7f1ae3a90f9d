import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

beforeEach(() => {
  vi.resetModules();
  localStorage.clear();
});
afterEach(() => vi.restoreAllMocks());

/** A fresh page: every module (React too) loaded anew, over the same IndexedDB and localStorage. */
async function openPage() {
  const { renderHook } = await import('../render-hook');
  const { useRememberedValues } = await import('../../../../components/templates/use-remembered-values');
  const { settingsRepository } = await import('../../../../storage/default-database');
  const hook = await renderHook((id: string) => useRememberedValues(id), 'notice-close-test');
  return { hook, settingsRepository };
}

/** A page whose IndexedDB writes never answer (it is torn down mid-write), after `values` were typed. */
async function typedOnDyingPage(values: Record<string, string>) {
  const first = await openPage();
  // The form's own first read answers before this one.
  await first.hook.act(() => first.settingsRepository.get('templateValues'));
  vi.spyOn(first.settingsRepository, 'set').mockReturnValue(new Promise(() => undefined));
  await first.hook.act(() => first.hook.result.current[1](values));
}

/** The next page, once its form's first read has answered. */
async function nextPage() {
  vi.resetModules();
  const second = await openPage();
  await second.hook.act(() => second.settingsRepository.get('templateValues'));
  return second;
}

describe('useRememberedValues', () => {
  it('keeps values typed just before the page went away even if the database write dies with the page', async () => {
    await typedOnDyingPage({ 请示单位: '某某县应急管理局' });
    window.dispatchEvent(new Event('pagehide'));
    vi.restoreAllMocks();

    const second = await nextPage();
    expect(second.hook.result.current[0]).toEqual({ 请示单位: '某某县应急管理局' });
    // Replayed into the database, and the journal entry cleared once it is there.
    await vi.waitFor(async () =>
      expect((await second.settingsRepository.get('templateValues'))['notice-close-test']).toEqual({
        请示单位: '某某县应急管理局',
      }),
    );
    await vi.waitFor(() => expect(localStorage.length).toBe(0));
    await second.hook.unmount();
    // Two fresh module graphs (React, Dexie) load in this test: slow on a busy machine, not a wait.
  }, 30_000);

  it('keeps values whose save began as a field lost focus, when the page went away before it landed', async () => {
    // E2E under load: 公开方式 chosen, then a click elsewhere saved it (focusout), the panel reloaded at
    // once, and with nothing left unsaved at pagehide the write that died with the page was all there was.
    await typedOnDyingPage({ 公开方式: '此件公开发布' });
    document.dispatchEvent(new FocusEvent('focusout'));
    window.dispatchEvent(new Event('pagehide'));
    // The first page's write stays dead (the next page has modules of its own): its read comes first.

    const second = await nextPage();
    expect(second.hook.result.current[0]).toEqual({ 公开方式: '此件公开发布' });
    await second.hook.unmount();
  }, 30_000);
});
