import { describe, expect, it, vi } from 'vitest';
import { createDraftSearch } from '../../../search/draft-search';
import { SearchIndex } from '../../../search/search-index';
import { readNewestDrafts } from '../../../storage/read-newest-drafts';
import { useTestDatabase } from '../storage/test-database';

const { state, drafts } = useTestDatabase();
const ids = (result: { ids: readonly string[] }) => result.ids;

describe('draft search while the panel starts', () => {
  it('lists the newest drafts straight from the database before the index is built, then the full ranking', async () => {
    const repo = drafts();
    for (let i = 0; i < 3; i++) {
      state.now += 1_000;
      await repo.create({ title: `第${i}份`, body: '正文', kind: '通知' });
    }
    await repo.remove('d2');
    const search = createDraftSearch(state.db);
    const first = await search.search('');
    expect(first.complete).toBe(false);
    expect(ids(first)).toEqual(['d3', 'd1']);
    await search.warmUp();
    const built = await search.search('');
    expect(built.complete).toBeUndefined();
    expect(ids(built)).toEqual(['d3', 'd1']);
  });

  it('answers the plain list from the rows read at start-up, at once for a first render, until a draft is written', async () => {
    const repo = drafts();
    await repo.create({ title: '甲', body: '正文', kind: '通知' });
    const startupRows = await readNewestDrafts(state.db);
    const search = createDraftSearch(state.db);
    expect(search.peek('')).toBeUndefined();
    search.seed(startupRows);
    const first = search.peek('');
    expect(first && ids(first)).toEqual(['d1']);
    expect(search.peek('甲')).toBeUndefined(); // a query needs the index
    expect(search.peek('', { kind: '通知' })).toBeUndefined();
    expect(await search.search('')).toBe(first); // no read of its own
    await repo.create({ title: '乙', body: '正文', kind: '通知' });
    expect(search.peek('')).toBeUndefined(); // the seeded rows are out of date
    expect(ids(await search.search(''))).toEqual(['d2', 'd1']);
  });

  it('answers at once from the complete index until a draft is written, then again once caught up', async () => {
    const repo = drafts();
    await repo.create({ title: '防汛通知', body: '做好防汛工作', kind: '通知' });
    const search = createDraftSearch(state.db);
    expect(search.peek('防汛')).toBeUndefined(); // no index yet
    await search.warmUp();
    state.now += 1_000;
    const immediate = search.peek('防汛', {}, { limit: 10 });
    expect(immediate && ids(immediate)).toEqual(['d1']);
    expect(immediate?.hit(0).snippet.text).toBe('做好防汛工作');
    expect(ids(search.peek('', { kind: '请示' })!)).toEqual([]);
    await repo.create({ title: '防汛请示', body: '正文', kind: '请示' });
    expect(search.peek('防汛')).toBeUndefined(); // the index has not read the new draft yet
    expect(ids(await search.search('防汛'))).toEqual(['d2', 'd1']);
    expect(ids(search.peek('防汛')!)).toEqual(['d2', 'd1']);
  });

  it('builds in slices that yield between drafts, and still finds every draft', async () => {
    const repo = drafts();
    for (let i = 0; i < 5; i++) await repo.create({ title: `第${i}份`, body: '防汛抗旱', kind: '通知' });
    const search = createDraftSearch(state.db, { pageSize: 2, sliceMs: 0 });
    expect((await search.search('防汛')).ids).toHaveLength(5);
  });

  it('pauses the build while held (a draft open for editing) and finishes it once every holder lets go', async () => {
    const repo = drafts();
    for (let i = 0; i < 5; i++) await repo.create({ title: `第${i}份`, body: '防汛抗旱', kind: '通知' });
    const search = createDraftSearch(state.db, { pageSize: 2, sliceMs: 0 });
    const editing = search.hold();
    const alsoEditing = search.hold();
    let found: readonly string[] | undefined;
    const searched = search.search('防汛').then((result) => (found = result.ids));
    // Five drafts take a few milliseconds unheld; a second's worth of timer turns finds none indexed.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(found).toBeUndefined();
    editing();
    editing(); // a second call by the same holder does not release the other one
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(found).toBeUndefined();
    alsoEditing();
    await searched;
    expect(found).toHaveLength(5);
  });

  it('tells subscribers when a draft is written and when the index is complete', async () => {
    const repo = drafts();
    await repo.create({ title: '甲', body: '正文', kind: '其他' });
    const search = createDraftSearch(state.db);
    const listener = vi.fn();
    search.subscribe(listener);
    const before = search.version();
    await search.warmUp();
    expect(listener).toHaveBeenCalled();
    const calls = listener.mock.calls.length;
    await repo.update('d1', { body: '改过的正文' });
    expect(listener.mock.calls.length).toBeGreaterThan(calls);
    expect(search.version()).toBeGreaterThan(before);
    expect(ids(await search.search('改过'))).toEqual(['d1']);
  });
});

describe('SearchIndex.compact', () => {
  it('answers the same after the posting arrays are trimmed', () => {
    const index = new SearchIndex();
    for (let i = 0; i < 50; i++) {
      index.put({
        id: `d${i}`,
        title: `标题${i}`,
        body: i % 2 ? '安全生产检查' : '营商环境优化',
        kind: '通知',
        tags: [],
        status: '草稿',
        pinned: false,
        updatedAt: i,
        revision: 1,
      });
    }
    const before = index.search('安全');
    for (const _ of index.compact());
    expect(index.search('安全').ids).toEqual(before.ids);
    expect(index.search('安全').ids).toHaveLength(25);
  });
});
