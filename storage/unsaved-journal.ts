import type { DraftPatch } from './draft';
import { createLocalJournal, type JournalStorage } from './local-journal';

export interface JournalEntry {
  draftId: string;
  /** The draft revision the edit was based on. */
  baseRevision: number;
  patch: DraftPatch;
  savedAt: number;
}

/** A draft's edit not yet in IndexedDB when the panel closed, one entry per draft. */
export function createUnsavedJournal(storage: JournalStorage) {
  const journal = createLocalJournal<JournalEntry>(
    storage,
    'wenshu:unsaved:',
    (entry, draftId) => entry.draftId === draftId && typeof entry.patch === 'object',
  );
  return {
    write: (entry: JournalEntry) => journal.write(entry.draftId, entry),
    read: journal.read,
    clear: journal.clear,
  };
}

export type UnsavedJournal = ReturnType<typeof createUnsavedJournal>;
