import { useLiveQuery } from 'dexie-react-hooks';
import { revisionsRepository } from './default-database';

/** History of one draft, newest first, without bodies; fetch one with revisionsRepository.get(id). */
export function useRevisions(draftId: string | null) {
  return useLiveQuery(() => (draftId ? revisionsRepository.list(draftId) : []), [draftId]);
}

export function useRevision(revisionId: number | null) {
  return useLiveQuery(() => (revisionId === null ? undefined : revisionsRepository.get(revisionId)), [revisionId]);
}
