import type { Locale } from '../i18n/locale';
import type { Draft } from './draft';
import { newestDraftCount, newestFromBatch } from './read-newest-drafts';
import type { Startup } from './read-startup';
import { databaseName, schemaVersion } from './schema-version';
import type { Setting } from './wenshu-database';

/**
 * `readStartup` in plain IndexedDB, for the panel's first script (`entrypoints/startup-read.ts`): it runs
 * while the browser still loads and compiles the panel's code, so the start-up read no longer waits for
 * that code and for Dexie to open (a trace of the warm open: 16 ms from the code's start to the read's end).
 * Null when it cannot answer exactly as `readStartup` would: no database yet, or one an upgrade is due on.
 */
export async function readStartupEarly(factory: IDBFactory, name = databaseName): Promise<Startup | null> {
  const db = await openExisting(factory, name);
  if (!db) return null;
  try {
    // Dexie stores version n as 10 × n; another version means Dexie upgrades it before anything is read.
    if (db.version !== schemaVersion * 10) return null;
    const transaction = db.transaction(['settings', 'drafts'], 'readonly');
    const settings = transaction.objectStore('settings');
    const drafts = transaction.objectStore('drafts');
    const [locale, lastDraftId, batch] = await Promise.all([
      request<Setting | undefined>(settings.get('locale')),
      existingLastDraft(settings, drafts),
      newestBatch(drafts.index('updatedAt'), 2 * newestDraftCount),
    ]);
    return {
      locale: (locale?.value as Locale | undefined) ?? null,
      lastDraftId,
      // Null (the list reads its rows itself) also when trashed drafts crowd the newest ones out.
      newestDrafts: lastDraftId ? null : newestFromBatch(batch, newestDraftCount),
    };
  } finally {
    db.close();
  }
}

/** The database as it is; never creates it (Dexie would then find a version-1 database with no tables). */
function openExisting(factory: IDBFactory, name: string): Promise<IDBDatabase | null> {
  return new Promise((resolve) => {
    const open = factory.open(name);
    open.onupgradeneeded = () => open.transaction?.abort();
    open.onsuccess = () => {
      open.result.onversionchange = () => open.result.close(); // never block Dexie's upgrade
      resolve(open.result);
    };
    open.onerror = (event) => {
      event.preventDefault(); // the aborted creation: not an error worth reporting
      resolve(null);
    };
  });
}

const failure = (failed: IDBRequest) => failed.error ?? new Error('IndexedDB request failed');

function request<T>(pending: IDBRequest): Promise<T> {
  return new Promise((resolve, reject) => {
    pending.onsuccess = () => resolve(pending.result as T);
    pending.onerror = () => reject(failure(pending));
  });
}

/** The last open draft's id if that draft still exists; its check is issued from the setting's own event. */
function existingLastDraft(settings: IDBObjectStore, drafts: IDBObjectStore): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const last = settings.get('lastDraftId');
    last.onerror = () => reject(failure(last));
    last.onsuccess = () => {
      const id = (last.result as Setting | undefined)?.value;
      if (typeof id !== 'string') return resolve(null);
      const count = drafts.count(id);
      count.onerror = () => reject(failure(count));
      count.onsuccess = () => resolve(count.result > 0 ? id : null);
    };
  });
}

/** Getting many records in one request where the browser can (Chromium 141+); typed here, not in lib.dom yet. */
interface RecordsIndex {
  getAllRecords(options: { direction: IDBCursorDirection; count: number }): IDBRequest<{ value: Draft }[]>;
}

/** The `count` newest drafts, newest first: one request, or a cursor walk where getAllRecords is missing. */
function newestBatch(index: IDBIndex, count: number): Promise<Draft[]> {
  if ('getAllRecords' in index)
    return request<{ value: Draft }[]>(
      (index as IDBIndex & RecordsIndex).getAllRecords({ direction: 'prev', count }),
    ).then((records) => records.map((record) => record.value));
  return new Promise((resolve, reject) => {
    const rows: Draft[] = [];
    const walk = index.openCursor(null, 'prev');
    walk.onerror = () => reject(failure(walk));
    walk.onsuccess = () => {
      const cursor = walk.result;
      if (!cursor || rows.length === count) return resolve(rows);
      rows.push(cursor.value as Draft);
      cursor.continue();
    };
  });
}
