import { useLiveQuery } from 'dexie-react-hooks';
import { draftsRepository } from './default-database';

/** Drafts newest first; re-renders when any panel writes. `undefined` while loading. */
export function useRecentDrafts() {
  return useLiveQuery(() => draftsRepository.listRecent(), []);
}

/** `undefined` while loading, `null` when there is no such draft (never was, or deleted for good). */
export function useDraft(id: string | null) {
  return useLiveQuery(async () => (id ? ((await draftsRepository.get(id)) ?? null) : null), [id]);
}
