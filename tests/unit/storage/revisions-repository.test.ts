import { describe, expect, it } from 'vitest';
import { minutes, useTestDatabase } from './test-database';

const { state, drafts, revisions } = useTestDatabase({ revisionPolicy: { maxAutosavesPerDraft: 3 } });

describe('revisions', () => {
  it('keeps at most one autosave revision per draft per 5 minutes, measured with the injected clock', async () => {
    const repo = drafts();
    await repo.create({ title: 't', body: '', kind: '其他' });
    await repo.update('d1', { body: '一' }, { revision: 'autosave' });
    state.now += minutes(4);
    await repo.update('d1', { body: '一二' }, { revision: 'autosave' });
    expect((await revisions().list('d1')).map((r) => r.draftRevision)).toEqual([2]);
    state.now += minutes(1);
    await repo.update('d1', { body: '一二三' }, { revision: 'autosave' });
    const list = await revisions().list('d1');
    expect(list.map((r) => [r.source, r.createdAt, r.bodyLength])).toEqual([
      ['autosave', 1_000 + minutes(5), 3],
      ['autosave', 1_000, 1],
    ]);
  });

  it('takes the interval from the options', async () => {
    const { createDraftsRepository } = await import('../../../storage/drafts-repository');
    const repo = createDraftsRepository(
      state.db,
      () => state.now,
      () => 'x',
      { revisionPolicy: { autosaveIntervalMs: 1_000 } },
    );
    await repo.create({ title: 't', body: 'a', kind: '其他' });
    await repo.update('x', { body: 'b' }, { revision: 'autosave' });
    state.now += 1_000;
    await repo.update('x', { body: 'c' }, { revision: 'autosave' });
    expect(await state.db.revisions.count()).toBe(2);
  });

  it('keeps every explicit revision and prunes only the oldest autosaves beyond the bound', async () => {
    const repo = drafts();
    await repo.create({ title: 't', body: '', kind: '其他' }, { revision: 'template' });
    for (let i = 1; i <= 5; i++) {
      state.now += minutes(10);
      await repo.update('d1', { body: `v${i}` }, { revision: 'autosave' });
    }
    await repo.update('d1', { body: 'saved' }, { revision: 'save' });
    const list = await revisions().list('d1');
    expect(list.map((r) => `${r.source}:${r.draftRevision}`)).toEqual([
      'save:7',
      'autosave:6',
      'autosave:5',
      'autosave:4',
      'template:1',
    ]);
  });

  it('lists newest first and gets one revision with its full text', async () => {
    const repo = drafts();
    await repo.create({ title: '标题', body: '第一版', kind: '通知' }, { revision: 'template' });
    await repo.update('d1', { body: '第二版' }, { revision: 'polish' });
    const [newest, oldest] = await revisions().list('d1');
    expect(newest).toMatchObject({ source: 'polish', draftRevision: 2 });
    expect(await revisions().get(oldest.id)).toMatchObject({ body: '第一版', title: '标题', source: 'template' });
    expect(await revisions().list('other')).toEqual([]);
  });

  it('finds the newest revision kept for one reason, such as the last template fill', async () => {
    const repo = drafts();
    await repo.create({ title: 't', body: '一', kind: '其他' }, { revision: 'template' });
    state.now += 1;
    await repo.update('d1', { body: '三' }, { revision: 'template' });
    state.now += 1;
    await repo.update('d1', { body: '三四' }, { revision: 'autosave' });
    expect((await revisions().latest('d1', 'template'))?.body).toBe('三');
    expect((await revisions().latest('d1', 'autosave'))?.body).toBe('三四');
    expect(await revisions().latest('d1', 'polish')).toBeUndefined();
  });

  it('keeps the typed text before a polish replaces it, even inside the autosave interval', async () => {
    const repo = drafts();
    await repo.create({ title: 't', body: '初稿', kind: '其他' });
    await repo.update('d1', { body: '初稿' }, { revision: 'autosave' });
    state.now += minutes(1);
    await repo.update('d1', { body: '初稿，又写了很多' }, { revision: 'autosave' }); // coalesced away
    await repo.update('d1', { body: '润色后的稿子' }, { revision: 'polish' });
    const bodies = await Promise.all(
      (await revisions().list('d1')).map(async (r) => (await revisions().get(r.id))?.body),
    );
    expect(bodies).toEqual(['润色后的稿子', '初稿，又写了很多', '初稿']);
  });

  it('restores an old revision into the draft and records a restore revision', async () => {
    const repo = drafts();
    await repo.create({ title: '旧标题', body: '旧文', kind: '其他' }, { revision: 'save' });
    await repo.update('d1', { title: '新标题', body: '新文' }, { revision: 'save' });
    const old = (await revisions().list('d1'))[1];
    state.now = 9_000;
    const restored = await revisions().restore(old.id);
    expect(restored).toMatchObject({ title: '旧标题', body: '旧文', revision: 3, updatedAt: 9_000 });
    expect(await repo.get('d1')).toEqual(restored);
    const list = await revisions().list('d1');
    expect(list.map((r) => r.source)).toEqual(['restore', 'save', 'save']);
    expect(await revisions().get(list[0].id)).toMatchObject({ body: '旧文', createdAt: 9_000 });
  });

  it('refuses to restore over a concurrent edit when the expected revision is stale', async () => {
    const repo = drafts();
    await repo.create({ title: 't', body: 'a', kind: '其他' }, { revision: 'save' });
    await repo.update('d1', { body: 'b' });
    const [only] = await revisions().list('d1');
    await expect(revisions().restore(only.id, { expectedRevision: 1 })).rejects.toMatchObject({
      name: 'DraftConflictError',
    });
    expect((await repo.get('d1'))?.body).toBe('b');
  });
});
