import { liveQuery } from 'dexie';
import { describe, expect, it } from 'vitest';
import { createDraftSearch } from '../../../search/draft-search';
import { useTestDatabase } from '../storage/test-database';

const { state, drafts } = useTestDatabase();

describe('search inside a liveQuery (a caller observing it through Dexie; useDraftSearch subscribes instead)', () => {
  it('emits new results when a draft is written after the first emission', async () => {
    const repo = drafts();
    await repo.create({ title: '甲', body: '防汛抗旱', kind: '其他' });
    const search = createDraftSearch(state.db);
    const emissions: string[][] = [];
    const subscription = liveQuery(() => search.search('防汛')).subscribe((result) => emissions.push([...result.ids]));
    try {
      await expect.poll(() => emissions.length).toBe(1);
      state.now = 2_000;
      await repo.create({ title: '乙', body: '防汛准备', kind: '其他' });
      await expect.poll(() => emissions.at(-1)).toEqual(['d2', 'd1']);
      await repo.remove('d1');
      await expect.poll(() => emissions.at(-1)).toEqual(['d2']);
    } finally {
      subscription.unsubscribe();
    }
  });
});
