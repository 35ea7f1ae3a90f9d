import { describe, expect, it } from 'vitest';
import { readNewestDrafts } from '../../../storage/read-newest-drafts';
import { useTestDatabase } from './test-database';

const { state, drafts } = useTestDatabase();

async function createDrafts(count: number) {
  const repo = drafts();
  for (let i = 0; i < count; i++) {
    state.now += 1_000;
    await repo.create({ title: `第${i + 1}份`, body: '正文', kind: '通知' });
  }
  return repo;
}

describe('readNewestDrafts', () => {
  it('reads the newest drafts, newest first, up to the limit', async () => {
    await createDrafts(6);
    expect((await readNewestDrafts(state.db, 3)).map((draft) => draft.id)).toEqual(['d6', 'd5', 'd4']);
  });

  it('skips the trash even when freshly trashed drafts fill more than the rows it reads at once', async () => {
    const repo = await createDrafts(12);
    // Moving to the trash bumps updatedAt: the seven trashed drafts are now the newest rows.
    for (const id of ['d12', 'd11', 'd10', 'd9', 'd8', 'd7', 'd2']) {
      state.now += 1_000;
      await repo.remove(id);
    }
    expect((await readNewestDrafts(state.db, 3)).map((draft) => draft.id)).toEqual(['d6', 'd5', 'd4']);
    expect((await readNewestDrafts(state.db, 6)).map((draft) => draft.id)).toEqual(['d6', 'd5', 'd4', 'd3', 'd1']);
  });
});
