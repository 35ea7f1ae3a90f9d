import type { DraftPatch } from './draft';

export interface JournalEntry {
  draftId: string;
  /** The draft revision the edit was based on. */
  baseRevision: number;
  patch: DraftPatch;
  savedAt: number;
}

const keyOf = (draftId: string) => `wenshu:unsaved:${draftId}`;

/**
 * A synchronous safety net for the moment the panel closes: IndexedDB writes are asynchronous and
 * may not finish when the page goes away, but localStorage writes complete before `pagehide` returns.
 * The next panel replays the entry into IndexedDB, then removes it.
 */
export function createUnsavedJournal(storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>) {
  return {
    write(entry: JournalEntry): void {
      try {
        storage.setItem(keyOf(entry.draftId), JSON.stringify(entry));
      } catch {
        // Quota: the asynchronous save is still under way; nothing more can be done synchronously.
      }
    },
    read(draftId: string): JournalEntry | null {
      try {
        const raw = storage.getItem(keyOf(draftId));
        const entry = raw ? (JSON.parse(raw) as JournalEntry) : null;
        return entry && entry.draftId === draftId && typeof entry.patch === 'object' ? entry : null;
      } catch {
        return null;
      }
    },
    clear(draftId: string): void {
      storage.removeItem(keyOf(draftId));
    },
  };
}

export type UnsavedJournal = ReturnType<typeof createUnsavedJournal>;
