/** The synchronous part of `localStorage` a journal needs, injected for tests. */
export type JournalStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/**
 * A synchronous safety net for the moment a panel closes: IndexedDB writes are asynchronous and may not
 * finish when the page goes away, but localStorage writes complete before `pagehide` returns. The next
 * panel replays an entry into IndexedDB, then clears it. `isEntry` rejects damaged or foreign entries.
 */
export function createLocalJournal<T>(
  storage: JournalStorage,
  prefix: string,
  isEntry: (value: T, id: string) => boolean,
) {
  const keyOf = (id: string) => `${prefix}${id}`;
  return {
    write: (id: string, value: T): void => {
      try {
        storage.setItem(keyOf(id), JSON.stringify(value));
      } catch {
        // Quota: the asynchronous save is still under way; nothing more can be done synchronously.
      }
    },
    read: (id: string): T | null => {
      try {
        const raw = storage.getItem(keyOf(id));
        const entry = raw ? (JSON.parse(raw) as T) : null;
        return entry !== null && typeof entry === 'object' && isEntry(entry, id) ? entry : null;
      } catch {
        return null;
      }
    },
    clear: (id: string): void => {
      storage.removeItem(keyOf(id));
    },
  };
}
