// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { createDraftSearch, type DraftSearch } from '../../../search/draft-search';
import { useDraftSearch } from '../../../search/use-draft-search';
import { readNewestDrafts } from '../../../storage/read-newest-drafts';
import { renderHook } from '../components/render-hook';
import { useTestDatabase } from '../storage/test-database';

// The hook reads the panel's one search; here, one over the test database, made per test.
const current = vi.hoisted(() => ({ search: undefined as unknown as DraftSearch }));
vi.mock('../../../search/default-draft-search', () => ({
  get draftSearch() {
    return current.search;
  },
}));

const { state, drafts } = useTestDatabase();
const ids = (result: { ids: readonly string[] } | undefined) => result && [...result.ids];

describe('useDraftSearch', () => {
  it('shows the seeded rows first, then answers queries from the complete index within the render', async () => {
    const repo = drafts();
    await repo.create({ title: '防汛通知', body: '做好防汛工作', kind: '通知' });
    state.now += 1_000;
    await repo.create({ title: '营商环境', body: '优化营商环境', kind: '通知' });
    current.search = createDraftSearch(state.db);
    current.search.seed(await readNewestDrafts(state.db));
    const plainList: string = '';
    const hook = await renderHook((query: string) => useDraftSearch(query), plainList);
    expect(ids(hook.result.current)).toEqual(['d2', 'd1']); // the first render, before any read
    await expect.poll(() => hook.result.current?.complete).toBeUndefined(); // the seeded rows asked for the build
    const search = vi.spyOn(current.search, 'search');
    await hook.rerender('防汛');
    expect(ids(hook.result.current)).toEqual(['d1']);
    expect(search).not.toHaveBeenCalled(); // no promise to wait for: the rows come with the keystroke's render
    await hook.unmount();
  });

  it('shows a draft written after the build once the index has read it', async () => {
    const repo = drafts();
    await repo.create({ title: '防汛通知', body: '做好防汛工作', kind: '通知' });
    current.search = createDraftSearch(state.db);
    await current.search.warmUp();
    const hook = await renderHook((query: string) => useDraftSearch(query), '防汛');
    expect(ids(hook.result.current)).toEqual(['d1']);
    state.now += 1_000;
    await repo.create({ title: '防汛请示', body: '正文', kind: '请示' });
    expect(current.search.peek('防汛')).toBeUndefined(); // the index has yet to read the new draft
    await expect.poll(() => ids(hook.result.current)).toEqual(['d2', 'd1']);
    await hook.unmount();
  });
});
