import { describe, expect, it } from 'vitest';
import { useTestDatabase } from './test-database';

const { state, drafts } = useTestDatabase();

describe('trash', () => {
  it('moves a draft to the trash, hides it from the recent list, and restores it', async () => {
    const repo = drafts();
    await repo.create({ title: 'keep', body: '', kind: '其他' });
    await repo.create({ title: 'bin', body: '', kind: '其他' });
    state.now = 2_000;
    const trashed = await repo.remove('d2');
    expect(trashed).toMatchObject({ deletedAt: 2_000, revision: 2 });
    expect((await repo.listRecent()).map((d) => d.id)).toEqual(['d1']);
    expect((await repo.listTrash()).map((d) => d.id)).toEqual(['d2']);
    const restored = await repo.restoreFromTrash('d2');
    expect(restored).not.toHaveProperty('deletedAt');
    expect(await repo.listTrash()).toEqual([]);
    expect((await repo.listRecent()).map((d) => d.id).sort()).toEqual(['d1', 'd2']);
  });

  it('lists the most recently trashed first', async () => {
    const repo = drafts();
    await repo.create({ title: 'a', body: '', kind: '其他' });
    await repo.create({ title: 'b', body: '', kind: '其他' });
    state.now = 3_000;
    await repo.remove('d2');
    state.now = 4_000;
    await repo.remove('d1');
    expect((await repo.listTrash()).map((d) => d.id)).toEqual(['d1', 'd2']);
  });

  it('empties the trash: deletes trashed drafts and their revisions, nothing else', async () => {
    const repo = drafts();
    await repo.create({ title: 'keep', body: 'x', kind: '其他' }, { revision: 'save' });
    await repo.create({ title: 'bin', body: 'y', kind: '其他' }, { revision: 'save' });
    await repo.remove('d2');
    expect(await repo.emptyTrash()).toBe(1);
    expect(await state.db.drafts.toCollection().primaryKeys()).toEqual(['d1']);
    expect((await state.db.revisions.toArray()).map((r) => r.draftId)).toEqual(['d1']);
    expect(await repo.emptyTrash()).toBe(0);
  });

  it('lists distinct tags from the index', async () => {
    const repo = drafts();
    await repo.create({ title: 'a', body: '', kind: '其他', tags: ['年度', '重点'] });
    await repo.create({ title: 'b', body: '', kind: '其他', tags: ['重点'] });
    expect(await repo.listTags()).toEqual(['年度', '重点']);
  });
});
