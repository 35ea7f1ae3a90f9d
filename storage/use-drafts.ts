import { useLiveQuery } from 'dexie-react-hooks';
import { draftsRepository } from './default-database';

/** Drafts newest first; re-renders when any panel writes. `undefined` while loading. */
export function useRecentDrafts() {
  return useLiveQuery(() => draftsRepository.listRecent(), []);
}

export function useDraft(id: string | null) {
  return useLiveQuery(() => (id ? draftsRepository.get(id) : undefined), [id]);
}
