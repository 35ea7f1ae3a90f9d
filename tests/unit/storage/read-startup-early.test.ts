import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { beginEarlyStartup, takeEarlyStartup } from '../../../storage/early-startup';
import { readStartup } from '../../../storage/read-startup';
import { readStartupEarly } from '../../../storage/read-startup-early';
import { databaseName, schemaVersion } from '../../../storage/schema-version';
import { WenshuDatabase } from '../../../storage/wenshu-database';
import { useTestDatabase } from './test-database';

const { state, drafts } = useTestDatabase();

/** Whether a database of this name exists: opening it without a version would have to create it. */
function exists(name: string): Promise<boolean> {
  return new Promise((resolve) => {
    const open = indexedDB.open(name);
    let created = false;
    open.onupgradeneeded = () => (created = true);
    open.onsuccess = () => {
      open.result.close();
      if (created) indexedDB.deleteDatabase(name);
      resolve(!created);
    };
  });
}

async function createDrafts(count: number) {
  const repo = drafts();
  for (let i = 0; i < count; i++) {
    state.now += 1_000;
    await repo.create({ title: `第${i + 1}份`, body: '正文', kind: '通知' });
  }
  return repo;
}

describe('readStartupEarly (the start-up read without Dexie)', () => {
  it('is kept in step with the schema it reads', () => {
    const db = new WenshuDatabase();
    expect(db.name).toBe(databaseName);
    expect(db.verno).toBe(schemaVersion);
  });

  it('answers as readStartup does: locale, newest rows outside the trash with pinned first, or the draft to reopen', async () => {
    const repo = await createDrafts(5);
    await state.db.drafts.update('d2', { pinned: true });
    await repo.remove('d4');
    await state.db.settings.put({ key: 'locale', value: 'zh_TW' });
    const early = await readStartupEarly(indexedDB, state.db.name);
    expect(early?.newestDrafts?.map((draft) => draft.id)).toEqual(['d2', 'd5', 'd3', 'd1']);
    expect(early).toEqual(await readStartup(state.db));

    await state.db.settings.put({ key: 'lastDraftId', value: 'd3' });
    expect(await readStartupEarly(indexedDB, state.db.name)).toEqual({
      locale: 'zh_TW',
      lastDraftId: 'd3',
      newestDrafts: null,
    });
    await state.db.settings.put({ key: 'lastDraftId', value: 'gone' });
    expect(await readStartupEarly(indexedDB, state.db.name)).toEqual(await readStartup(state.db));
  });

  it('leaves the list to read its rows when trashed drafts crowd the newest ones out', async () => {
    const repo = await createDrafts(60);
    for (let i = 60; i > 30; i--) {
      state.now += 1_000;
      await repo.remove(`d${i}`);
    }
    const early = await readStartupEarly(indexedDB, state.db.name);
    expect(early).toEqual({ locale: null, lastDraftId: null, newestDrafts: null });
    // readStartup walks further down for them; the list's own read does the same.
    expect((await readStartup(state.db)).newestDrafts).toHaveLength(24);
  });

  it('on a first run answers nothing and creates no database (Dexie creates it with its tables)', async () => {
    const name = `never-opened-${Math.random()}`;
    expect(await readStartupEarly(indexedDB, name)).toBeNull();
    expect(await exists(name)).toBe(false);
  });

  it('answers nothing when an upgrade is due, so only Dexie reads the data, after upgrading it', async () => {
    const name = `version-1-${Math.random()}`;
    const v1 = new Dexie(name);
    v1.version(1).stores({ drafts: 'id, updatedAt, kind, templateId', settings: 'key' });
    await v1.table('settings').put({ key: 'locale', value: 'en' });
    v1.close();
    expect(await readStartupEarly(indexedDB, name)).toBeNull();
    // Its connection is closed: the upgrade is not blocked.
    const db = new WenshuDatabase(name);
    expect((await readStartup(db)).locale).toBe('en');
    await db.delete();
  });

  it('is handed to the panel once, and a failure only means the panel reads through Dexie', async () => {
    await state.db.settings.put({ key: 'locale', value: 'en' });
    const scope = {};
    beginEarlyStartup(scope, indexedDB, state.db.name);
    expect((await takeEarlyStartup(scope))?.locale).toBe('en');
    expect(await takeEarlyStartup(scope)).toBeNull(); // a later render never reuses stale start-up data
    const broken = {
      open: () => {
        throw new Error('blocked');
      },
    } as unknown as IDBFactory;
    beginEarlyStartup(scope, broken, state.db.name);
    expect(await takeEarlyStartup(scope)).toBeNull();
  });
});
