import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDraftsRepository } from '../../../storage/drafts-repository';
import { WenshuDatabase } from '../../../storage/wenshu-database';

let db: WenshuDatabase;
let now: number;
let ids: number;

beforeEach(() => {
  db = new WenshuDatabase(`test-${Math.random()}`);
  now = 1_000;
  ids = 0;
});
afterEach(async () => {
  await db.delete();
});

const repository = () =>
  createDraftsRepository(
    db,
    () => now,
    () => `d${++ids}`,
  );

describe('drafts repository', () => {
  it('creates a draft with times from the clock and revision 1, readable after reopening the database', async () => {
    const created = await repository().create({ title: '工作总结', body: '正文', kind: '工作总结' });
    expect(created).toMatchObject({ id: 'd1', createdAt: 1000, updatedAt: 1000, revision: 1 });
    db.close();
    const reopened = new WenshuDatabase(db.name);
    expect(await createDraftsRepository(reopened).get('d1')).toEqual(created);
    reopened.close();
    await db.open();
  });

  it('updates body and bumps revision and updatedAt, keeping createdAt', async () => {
    const repo = repository();
    await repo.create({ title: 'a', body: '一', kind: '其他' });
    now = 2_000;
    const updated = await repo.update('d1', { body: '一二' });
    expect(updated).toMatchObject({ body: '一二', title: 'a', revision: 2, createdAt: 1000, updatedAt: 2000 });
    expect(await repo.get('d1')).toEqual(updated);
  });

  it('refuses to update a draft that does not exist', async () => {
    await expect(repository().update('missing', { body: 'x' })).rejects.toThrow('not found');
    expect(await db.drafts.count()).toBe(0);
  });

  it('lists the most recently updated first', async () => {
    const repo = repository();
    await repo.create({ title: 'old', body: '', kind: '其他' });
    now = 5_000;
    await repo.create({ title: 'new', body: '', kind: '其他' });
    now = 9_000;
    await repo.update('d1', { title: 'old, edited' });
    expect((await repo.listRecent()).map((d) => d.title)).toEqual(['old, edited', 'new']);
  });

  it('keeps template values so a draft can be re-filled', async () => {
    const repo = repository();
    const values = { unit: '某某市政府办公室', achievements: [{ measure: '做法', result: '成效' }] };
    await repo.create({ title: 't', body: 'b', kind: '工作总结', templateId: 'work-summary', fieldValues: values });
    expect((await repo.get('d1'))?.fieldValues).toEqual(values);
  });
});
