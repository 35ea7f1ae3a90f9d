import { useEffect, useState, useSyncExternalStore } from 'react';
import { draftSearch } from './default-draft-search';
import type { SearchFilters, SearchOptions, SearchResult } from './search-types';

/**
 * Search results that refresh when any panel writes a draft. `undefined` until the first answer; the
 * plain list comes at once (newest rows read directly while the index builds), queries take
 * milliseconds once it is built. No debounce needed: a search with no write since the last one is
 * answered from memory.
 */
export function useDraftSearch(
  query: string,
  filters: SearchFilters = {},
  options: SearchOptions = {},
): SearchResult | undefined {
  const { kind, tag, status, updatedFrom, updatedTo, trash } = filters;
  const { limit } = options;
  const changes = useSyncExternalStore(draftSearch.subscribe, draftSearch.version);
  // The rows read with the panel's start-up, if any: the list's first render shows them, with no read of its own.
  const [result, setResult] = useState(() => draftSearch.peek(query, filters));
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    let current = true;
    draftSearch
      .search(query, { kind, tag, status, updatedFrom, updatedTo, trash }, { limit })
      .then((next) => current && setResult(next), setError);
    return () => {
      current = false;
    };
  }, [query, kind, tag, status, updatedFrom, updatedTo, trash, limit, changes]);
  // To the nearest error boundary, as useLiveQuery did; the rejection reason is thrown as it came (unknown).
  if (error) throw error as unknown;
  return result;
}
