import type { SearchHit, SearchResult } from './search-types';

/**
 * A result as a ranked id list; a row's highlights and snippet are made the first time it is asked for.
 * The virtual list shows about twelve rows of up to 5,000, so a keystroke pays for those twelve only.
 */
export function lazyResult<T extends { id: string }>(
  rows: readonly T[],
  describe: (row: T) => SearchHit,
  hasMore: boolean,
  complete?: boolean,
): SearchResult {
  const made: (SearchHit | undefined)[] = [];
  return {
    ids: rows.map((row) => row.id),
    hit: (index) => (made[index] ??= describe(rows[index])),
    hasMore,
    ...(complete === undefined ? {} : { complete }),
  };
}
