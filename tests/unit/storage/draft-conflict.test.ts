import { describe, expect, it } from 'vitest';
import { DraftConflictError } from '../../../storage/draft-errors';
import { useTestDatabase } from './test-database';

const { state, drafts } = useTestDatabase();

describe('conflict detection', () => {
  it('writes when the expected revision matches', async () => {
    const repo = drafts();
    await repo.create({ title: 't', body: 'a', kind: '其他' });
    expect(await repo.update('d1', { body: 'b' }, { expectedRevision: 1 })).toMatchObject({ body: 'b', revision: 2 });
  });

  it('throws a DraftConflictError carrying the stored draft and changes nothing', async () => {
    const repo = drafts();
    await repo.create({ title: 't', body: 'a', kind: '其他' });
    await repo.update('d1', { body: '另一个面板写的' });
    const error = await repo
      .update('d1', { body: '我写的' }, { expectedRevision: 1, revision: 'save' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DraftConflictError);
    expect((error as DraftConflictError).stored).toMatchObject({ body: '另一个面板写的', revision: 2 });
    expect((error as DraftConflictError).expectedRevision).toBe(1);
    expect(await repo.get('d1')).toMatchObject({ body: '另一个面板写的', revision: 2 });
    expect(await state.db.revisions.count()).toBe(0);
  });

  it('keepBoth saves my text as a copy and leaves the stored draft untouched', async () => {
    const repo = drafts();
    await repo.create({ title: '报告', body: 'a', kind: '情况汇报', tags: ['季度'], pinned: true });
    const stored = await repo.update('d1', { body: '他们的' });
    state.now = 5_000;
    const copy = await repo.keepBoth('d1', { body: '我的' });
    expect(copy).toMatchObject({
      id: 'd2',
      title: '报告（副本）',
      body: '我的',
      kind: '情况汇报',
      tags: ['季度'],
      pinned: false,
      revision: 1,
      createdAt: 5_000,
    });
    expect(await repo.get('d1')).toEqual(stored);
    expect(await state.db.revisions.where('draftId').equals('d2').count()).toBe(1);
  });

  it('keepBoth still saves my text when the stored draft was deleted meanwhile', async () => {
    const repo = drafts();
    const copy = await repo.keepBoth('gone', { title: '丢不了', body: '正文' });
    expect(await repo.get(copy.id)).toMatchObject({ title: '丢不了（副本）', body: '正文', kind: '其他' });
  });
});
