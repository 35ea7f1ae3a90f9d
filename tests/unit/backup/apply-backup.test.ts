import { describe, expect, it } from 'vitest';
import { applyBackup } from '../../../backup/apply-backup';
import type { Backup } from '../../../backup/backup-format';
import { exportBackup, serializeBackup } from '../../../backup/export-backup';
import { parseBackup } from '../../../backup/parse-backup';
import { WenshuDatabase } from '../../../storage/wenshu-database';
import { useTestDatabase } from '../storage/test-database';
import { validBackup } from './backup-fixture';

const { state, drafts } = useTestDatabase();

function parsed(change: (data: ReturnType<typeof validBackup>) => void = () => {}): Backup {
  const data = validBackup();
  change(data);
  const result = parseBackup(JSON.stringify(data));
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.backup;
}

let ids = 0;
const newId = () => `new${++ids}`;

async function snapshot(db: WenshuDatabase) {
  return {
    drafts: await db.drafts.toArray(),
    revisions: await db.revisions.toArray(),
    templates: await db.userTemplates.toArray(),
    settings: await db.settings.toArray(),
  };
}

describe('applyBackup', () => {
  it('imports everything into an empty database with revisions in their original order', async () => {
    const report = await applyBackup(state.db, parsed(), { onExisting: 'skip' });
    expect(report).toEqual({
      drafts: { imported: 2, copied: 0, skipped: 0, unchanged: 0 },
      userTemplates: { imported: 1, copied: 0, skipped: 0, unchanged: 0 },
      revisions: 2,
      settings: 1,
    });
    expect(await state.db.drafts.get('b')).toMatchObject({ deletedAt: 6, body: '正文乙' });
    const history = await state.db.revisions.where('draftId').equals('a').toArray();
    expect(history.map((r) => r.body)).toEqual(['初稿', '正文甲']);
  });

  it('skips drafts whose id exists, with their revisions, and leaves the stored draft alone', async () => {
    await state.db.drafts.add({ ...parsed().drafts[0], body: '本地改过的' });
    const report = await applyBackup(state.db, parsed(), { onExisting: 'skip' });
    expect(report.drafts).toEqual({ imported: 1, copied: 0, skipped: 1, unchanged: 0 });
    expect(report.revisions).toBe(0);
    expect((await state.db.drafts.get('a'))?.body).toBe('本地改过的');
    expect(await state.db.revisions.count()).toBe(0);
  });

  it('keeps both: the existing draft stays, the imported one becomes a copy owning its revisions', async () => {
    await state.db.drafts.add({ ...parsed().drafts[0], body: '本地改过的' });
    await state.db.userTemplates.add({ ...parsed().userTemplates[0], name: '本地模板', updatedAt: 99 });
    ids = 0;
    const report = await applyBackup(state.db, parsed(), { onExisting: 'keepBoth', newId });
    expect(report.drafts).toEqual({ imported: 1, copied: 1, skipped: 0, unchanged: 0 });
    expect(report.userTemplates).toEqual({ imported: 0, copied: 1, skipped: 0, unchanged: 0 });
    expect((await state.db.drafts.get('a'))?.body).toBe('本地改过的');
    expect(await state.db.drafts.get('new1')).toMatchObject({
      title: '工作总结（副本）',
      body: '正文甲',
      pinned: false,
    });
    expect((await state.db.revisions.where('draftId').equals('new1').toArray()).map((r) => r.body)).toEqual([
      '初稿',
      '正文甲',
    ]);
    expect(await state.db.revisions.where('draftId').equals('a').count()).toBe(0);
    expect((await state.db.userTemplates.get('new2'))?.name).toBe('我的通知（副本）');
  });

  it('treats an identical draft as unchanged, so importing the same file twice adds nothing', async () => {
    await applyBackup(state.db, parsed(), { onExisting: 'keepBoth', newId });
    const before = await snapshot(state.db);
    const report = await applyBackup(state.db, parsed(), { onExisting: 'keepBoth', newId });
    expect(report.drafts).toEqual({ imported: 0, copied: 0, skipped: 0, unchanged: 2 });
    expect(report.userTemplates.unchanged).toBe(1);
    expect(await snapshot(state.db)).toEqual(before);
  });

  it('never overwrites settings the user already has', async () => {
    await state.db.settings.put({ key: 'locale', value: 'en' });
    expect((await applyBackup(state.db, parsed(), { onExisting: 'skip' })).settings).toBe(0);
    expect((await state.db.settings.get('locale'))?.value).toBe('en');
  });

  it('is atomic: a failure half-way through leaves the database exactly as it was', async () => {
    await drafts().create({ title: '本地', body: '不能丢', kind: '其他' }, { revision: 'save' });
    await state.db.drafts.add({ ...parsed().drafts[0], body: '本地改过的' });
    await state.db.drafts.add({ ...parsed().drafts[1], body: '本地乙' });
    await state.db.userTemplates.add({ ...parsed().userTemplates[0], name: '本地模板', updatedAt: 99 });
    const before = await snapshot(state.db);
    let calls = 0;
    const failingId = () => {
      if (++calls === 3) throw new Error('disk full'); // after both draft copies and their revisions were added
      return `copy${calls}`;
    };
    await expect(applyBackup(state.db, parsed(), { onExisting: 'keepBoth', newId: failingId })).rejects.toThrow(
      'disk full',
    );
    expect(await snapshot(state.db)).toEqual(before);
  });

  it('round-trips: export, serialize, parse, apply into another database gives the same rows', async () => {
    const repo = drafts();
    await repo.create({ title: '标题', body: '正文', kind: '通知', tags: ['重点'] }, { revision: 'template' });
    await repo.update('d1', { body: '改后' }, { revision: 'save' });
    await state.db.settings.put({ key: 'locale', value: 'en' });
    const text = serializeBackup(await exportBackup(state.db, () => 42));
    const result = parseBackup(text);
    expect(result.ok && result.warnings).toEqual([]);
    if (!result.ok) return;
    expect(result.backup.exportedAt).toBe(42);
    const other = new WenshuDatabase(`other-${Math.random()}`);
    try {
      await applyBackup(other, result.backup, { onExisting: 'skip' });
      const [a, b] = [await snapshot(state.db), await snapshot(other)];
      expect(b.drafts).toEqual(a.drafts);
      expect(b.settings).toEqual(a.settings);
      expect(b.revisions.map(({ id: _id, ...r }) => r)).toEqual(a.revisions.map(({ id: _id, ...r }) => r));
    } finally {
      await other.delete();
    }
  });
});

describe('exportBackup', () => {
  it('leaves out panel-local state such as the last open draft', async () => {
    const db = new WenshuDatabase(`export-${Math.random()}`);
    await db.settings.bulkPut([
      { key: 'lastDraftId', value: 'abc' },
      { key: 'locale', value: 'zh_TW' },
    ]);
    const backup = await exportBackup(db, () => 5);
    expect(backup.settings).toEqual([{ key: 'locale', value: 'zh_TW' }]);
    expect(backup.exportedAt).toBe(5);
    await db.delete();
  });
});
