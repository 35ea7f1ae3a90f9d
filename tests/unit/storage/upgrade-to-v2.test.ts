import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { fillDraftDefaultsV2 } from '../../../storage/upgrade-to-v2';
import { WenshuDatabase } from '../../../storage/wenshu-database';

const name = `upgrade-${Math.random()}`;
afterEach(async () => {
  await Dexie.delete(name);
});

/** Opens the database exactly as version 1 of the extension declared it. */
function openV1() {
  const v1 = new Dexie(name);
  v1.version(1).stores({ drafts: 'id, updatedAt, kind, templateId', settings: 'key' });
  return v1;
}

describe('upgrade v1 → v2', () => {
  it('fills tags, status and pinned on existing drafts, keeps their data, and adds the new tables', async () => {
    const v1 = openV1();
    await v1.table('drafts').bulkAdd([
      { id: 'a', title: '总结', body: '正文一', kind: '工作总结', createdAt: 1, updatedAt: 2, revision: 3 },
      {
        id: 'b',
        title: '通知',
        body: '正文二',
        kind: '通知',
        templateId: 't',
        fieldValues: { unit: '办公室' },
        createdAt: 4,
        updatedAt: 5,
        revision: 1,
      },
    ]);
    await v1.table('settings').put({ key: 'locale', value: 'zh_TW' });
    v1.close();

    const db = new WenshuDatabase(name);
    await db.open();
    expect(db.verno).toBe(2);
    const a = await db.drafts.get('a');
    expect(a).toEqual({
      id: 'a',
      title: '总结',
      body: '正文一',
      kind: '工作总结',
      createdAt: 1,
      updatedAt: 2,
      revision: 3,
      tags: [],
      status: '草稿',
      pinned: false,
    });
    expect(a).not.toHaveProperty('deletedAt');
    expect(await db.drafts.get('b')).toMatchObject({
      templateId: 't',
      fieldValues: { unit: '办公室' },
      tags: [],
      status: '草稿',
      pinned: false,
    });
    expect(await db.settings.get('locale')).toEqual({ key: 'locale', value: 'zh_TW' });
    // The new indexes work on migrated rows: none is in the trash, tags are queryable.
    expect(await db.drafts.orderBy('deletedAt').count()).toBe(0);
    await db.drafts.update('a', { tags: ['年度'] });
    expect(await db.drafts.where('tags').equals('年度').primaryKeys()).toEqual(['a']);
    expect(await db.revisions.count()).toBe(0);
    expect(await db.userTemplates.count()).toBe(0);
    db.close();
  });

  it('does not overwrite a value that is already present', () => {
    const draft = {
      id: 'x',
      title: '',
      body: '',
      kind: '其他' as const,
      createdAt: 0,
      updatedAt: 0,
      revision: 1,
      tags: ['t'],
      status: '定稿' as const,
      pinned: true,
    };
    fillDraftDefaultsV2(draft);
    expect(draft).toMatchObject({ tags: ['t'], status: '定稿', pinned: true });
  });
});
