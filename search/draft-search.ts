import Dexie from 'dexie';
import type { Draft } from '../storage/draft';
import type { WenshuDatabase } from '../storage/wenshu-database';
import { SearchIndex } from './search-index';
import type { SearchFilters, SearchOptions, SearchResult } from './search-types';

export type DraftSearch = ReturnType<typeof createDraftSearch>;

export interface DraftSearchOptions {
  /** Drafts read per IndexedDB request while building; the event loop runs between pages. */
  pageSize?: number;
}

/**
 * Keeps a SearchIndex in step with the drafts table. Built lazily on the first search; afterwards each
 * search first reads drafts with updatedAt ≥ the newest time seen (every repository write sets
 * updatedAt), and compares the row count to catch deletions and imports carrying old times. This also
 * sees writes from other panels, which no in-process notification could.
 */
export function createDraftSearch(db: WenshuDatabase, options: DraftSearchOptions = {}) {
  const pageSize = options.pageSize ?? 500;
  const index = new SearchIndex();
  let watermark = -Infinity;
  let building: Promise<void> | undefined;

  const add = (draft: Draft) => {
    index.put(draft);
    if (draft.updatedAt > watermark) watermark = draft.updatedAt;
  };

  async function build(): Promise<void> {
    let page: Draft[] = await db.drafts.orderBy(':id').limit(pageSize).toArray();
    while (page.length > 0) {
      page.forEach(add);
      const last = page[page.length - 1].id;
      page = await db.drafts.where(':id').above(last).limit(pageSize).toArray();
    }
  }

  /** Full key comparison; only when the counts disagree, since it reads every key. */
  async function reconcile(): Promise<void> {
    const stored = new Set(await db.drafts.toCollection().primaryKeys());
    for (const id of [...index.ids()]) if (!stored.has(id)) index.remove(id);
    const missing = [...stored].filter((id) => !index.has(id));
    for (const draft of await db.drafts.bulkGet(missing)) if (draft) add(draft);
  }

  async function sync(): Promise<void> {
    // Dexie.waitFor keeps a liveQuery's observation context across this non-Dexie promise.
    building ??= build().catch((error: unknown) => {
      building = undefined; // a later search retries; puts are idempotent, so a partial build is harmless
      throw error;
    });
    await Dexie.waitFor(building);
    (await db.drafts.where('updatedAt').aboveOrEqual(watermark).toArray()).forEach(add);
    if ((await db.drafts.count()) !== index.size) await reconcile();
  }

  return {
    /** Matching drafts, pinned first then newest, with highlight ranges. Trash excluded by default. */
    async search(query: string, filters: SearchFilters = {}, searchOptions: SearchOptions = {}): Promise<SearchResult> {
      await sync();
      return index.search(query, filters, searchOptions);
    },
    /** Builds or catches up the index ahead of the first query (e.g. when the panel opens). */
    warmUp: sync,
  };
}
