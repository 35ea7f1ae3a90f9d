import { useLiveQuery } from 'dexie-react-hooks';
import { draftsRepository } from './default-database';

/** Trashed drafts, most recently trashed first. Actions: draftsRepository.restoreFromTrash / emptyTrash. */
export function useTrash() {
  return useLiveQuery(() => draftsRepository.listTrash(), []);
}

export function useTags() {
  return useLiveQuery(() => draftsRepository.listTags(), []);
}
