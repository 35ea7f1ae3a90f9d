import { useLiveQuery } from 'dexie-react-hooks';
import { draftSearch } from './default-draft-search';
import type { SearchFilters, SearchOptions, SearchResult } from './search-types';

/**
 * Search results that refresh when any panel writes a draft. `undefined` while the index is first built
 * (about a second at 10,000 drafts); later queries take milliseconds. Debounce `query` in the input.
 */
export function useDraftSearch(
  query: string,
  filters: SearchFilters = {},
  options: SearchOptions = {},
): SearchResult | undefined {
  const { kind, tag, status, updatedFrom, updatedTo, trash } = filters;
  return useLiveQuery(
    () => draftSearch.search(query, { kind, tag, status, updatedFrom, updatedTo, trash }, options),
    [query, kind, tag, status, updatedFrom, updatedTo, trash, options.limit],
  );
}
