import { describe, expect, it } from 'vitest';
import { createDraftSearch } from '../../../search/draft-search';
import { useTestDatabase } from '../storage/test-database';

const { state, drafts } = useTestDatabase();
const ids = (result: { ids: readonly string[] }) => result.ids;

describe('draft search over the database', () => {
  it('builds lazily from the drafts table, in pages', async () => {
    const repo = drafts();
    for (let i = 0; i < 7; i++) await repo.create({ title: `第${i}份`, body: '安全生产检查', kind: '通知' });
    const search = createDraftSearch(state.db, { pageSize: 3 });
    expect((await search.search('安全生产')).ids).toHaveLength(7);
  });

  it('picks up creates, updates, trash moves and deletions made after the build', async () => {
    const repo = drafts();
    await repo.create({ title: '甲', body: '营商环境', kind: '其他' });
    const search = createDraftSearch(state.db);
    expect(ids(await search.search('营商'))).toEqual(['d1']);

    await repo.create({ title: '乙', body: '营商环境优化', kind: '其他' });
    await repo.update('d1', { body: '数字政府' }); // same clock tick as the build: still seen
    expect(ids(await search.search('营商'))).toEqual(['d2']);
    expect(ids(await search.search('数字政府'))).toEqual(['d1']);

    state.now = 2_000;
    await repo.remove('d2');
    expect(ids(await search.search('营商'))).toEqual([]);
    expect(ids(await search.search('营商', { trash: 'only' }))).toEqual(['d2']);
    await repo.emptyTrash();
    expect(ids(await search.search('营商', { trash: 'include' }))).toEqual([]);
  });

  it('sees rows written with old timestamps (e.g. an import) through the count check', async () => {
    const repo = drafts();
    state.now = 5_000;
    await repo.create({ title: '新', body: '正文', kind: '其他' });
    const search = createDraftSearch(state.db);
    await search.warmUp();
    await state.db.drafts.add({
      id: 'old',
      title: '旧',
      body: '正文',
      kind: '其他',
      tags: [],
      status: '草稿',
      pinned: false,
      createdAt: 1,
      updatedAt: 1,
      revision: 1,
    });
    expect(ids(await search.search('正文'))).toEqual(['d1', 'old']);
  });
});
