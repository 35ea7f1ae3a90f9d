import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { draftSearch } from './default-draft-search';
import type { SearchFilters, SearchOptions, SearchResult } from './search-types';

/**
 * Search results that refresh when any panel writes a draft. `undefined` until the first answer; the
 * plain list comes at once (newest rows read directly while the index builds), queries take
 * milliseconds once it is built. No debounce needed: a search with no write since the last one is
 * answered from memory, during the render itself, so a keystroke's rows are on screen after one
 * render instead of a render, a frame and a second render once a promise settles.
 */
export function useDraftSearch(
  query: string,
  filters: SearchFilters = {},
  options: SearchOptions = {},
): SearchResult | undefined {
  const { kind, tag, status, updatedFrom, updatedTo, trash } = filters;
  const { limit } = options;
  const changes = useSyncExternalStore(draftSearch.subscribe, draftSearch.version);
  const immediate = useMemo(
    () => draftSearch.peek(query, { kind, tag, status, updatedFrom, updatedTo, trash }, { limit }),
    // `changes` (a write, or the index's completion) changes the answer without being read here
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [query, kind, tag, status, updatedFrom, updatedTo, trash, limit, changes],
  );
  // The answer shown while one that needs a read (the index building, a write to catch up with) is
  // under way: the last one, immediate or not.
  const [result, setResult] = useState<SearchResult | undefined>(immediate);
  if (immediate && immediate !== result) setResult(immediate);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    // The index's own answer needs nothing more; the seeded first rows (not complete) still ask, which
    // starts the build.
    if (immediate && immediate.complete !== false) return;
    let current = true;
    draftSearch
      .search(query, { kind, tag, status, updatedFrom, updatedTo, trash }, { limit })
      .then((next) => current && setResult(next), setError);
    return () => {
      current = false;
    };
  }, [immediate, query, kind, tag, status, updatedFrom, updatedTo, trash, limit, changes]);
  // To the nearest error boundary, as useLiveQuery did; the rejection reason is thrown as it came (unknown).
  if (error) throw error as unknown;
  return immediate ?? result;
}
