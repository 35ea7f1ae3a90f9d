import Dexie from 'dexie';
import type { Draft } from '../storage/draft';
import type { WenshuDatabase } from '../storage/wenshu-database';
import { lazyResult } from './lazy-result';
import { SearchIndex, toListHit } from './search-index';
import type { SearchFilters, SearchOptions, SearchResult, SearchableDraft } from './search-types';
import { yieldToBrowser } from './yield-to-browser';

export type DraftSearch = ReturnType<typeof createDraftSearch>;

export interface DraftSearchOptions {
  /** Drafts read per IndexedDB request while building. */
  pageSize?: number;
  /** Longest stretch of indexing before the browser gets the main thread back (paint, input). */
  sliceMs?: number;
}

/** Rows shown from IndexedDB while the index is still being built (the panel shows about 12). */
const firstRows = 50;

/** A User Timing mark, so `npm run bench` (and a performance trace) can see when the index is complete. */
function markReady(): void {
  globalThis.performance?.mark?.('wenshu:search-index-ready');
}

/** Dexie's zone marks a liveQuery's querier (not in its typings); outside one, a clean index needs no read. */
function insideLiveQuery(): boolean {
  return (Dexie.Promise as unknown as { PSD?: { subscr?: unknown } }).PSD?.subscr !== undefined;
}

/** Only what the index and the list use: no template values or creation times kept in memory. */
function searchable(draft: Draft): SearchableDraft {
  const { id, title, body, kind, tags, status, pinned, updatedAt, revision, deletedAt } = draft;
  return { id, title, body, kind, tags, status, pinned, updatedAt, revision, deletedAt };
}

/**
 * Keeps a SearchIndex in step with the drafts table. The index is built in slices of a few
 * milliseconds (the panel stays responsive); until it is complete, the plain list comes straight from
 * IndexedDB. Dexie reports every committed write to the drafts table, from this panel or another one
 * (storagemutated); only then does the next search catch up: it reads drafts with updatedAt ≥ the
 * newest time seen and compares the row count, to catch deletions and imports carrying old times.
 * A search with no write since the last one reads no storage.
 */
export function createDraftSearch(db: WenshuDatabase, options: DraftSearchOptions = {}) {
  const pageSize = options.pageSize ?? 100;
  const sliceMs = options.sliceMs ?? 8;
  const index = new SearchIndex();
  let watermark = -Infinity;
  let building: Promise<void> | undefined;
  let ready = false;
  let dirty = false;
  let version = 0;
  const listeners = new Set<() => void>();
  const notify = () => {
    version++;
    listeners.forEach((listener) => listener());
  };

  const table = `idb://${db.name}/drafts/`;
  Dexie.on('storagemutated', (parts) => {
    if (!Object.keys(parts).some((part) => part.startsWith(table) || part === 'all')) return;
    dirty = true;
    notify();
  });

  // The build waits until the first rows of the plain list are on screen: its reads and CPU would
  // otherwise compete with them.
  let firstRowsShown: Promise<unknown> = Promise.resolve();

  const seen = (draft: Draft) => {
    if (draft.updatedAt > watermark) watermark = draft.updatedAt;
  };
  const add = (draft: Draft) => {
    index.put(searchable(draft));
    seen(draft);
  };
  /** The build's puts, one step per draft, with packing a full posting tail in steps of its own. */
  function* loading(drafts: readonly Draft[]): Generator<void> {
    for (const draft of drafts) {
      yield* index.load(searchable(draft));
      seen(draft);
      yield;
    }
  }

  // While held (a draft open for editing), the build waits between two slices: typing never competes with it.
  let holds = 0;
  let released = Promise.resolve();
  let release = () => {};

  /** Runs `steps`, giving the main thread back to the browser every `sliceMs`. */
  async function inSlices(steps: Iterable<void>): Promise<void> {
    let sliceStart = performance.now();
    for (const _ of steps) {
      if (performance.now() - sliceStart < sliceMs) continue;
      await yieldToBrowser();
      while (holds > 0) await released;
      sliceStart = performance.now();
    }
  }

  async function build(): Promise<void> {
    let page: Draft[] = await db.drafts.orderBy(':id').limit(pageSize).toArray();
    while (page.length > 0) {
      await inSlices(loading(page));
      const last = page[page.length - 1].id;
      page = await db.drafts.where(':id').above(last).limit(pageSize).toArray();
    }
    await inSlices(index.compact());
    ready = true;
    markReady();
    notify();
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
    building ??= firstRowsShown.then(build).catch((error: unknown) => {
      building = undefined; // a later search retries; puts are idempotent, so a partial build is harmless
      throw error;
    });
    await Dexie.waitFor(building);
    // Inside a liveQuery the catch-up read always runs: it is what the liveQuery observes to re-run.
    if (!dirty && !insideLiveQuery()) return;
    dirty = false; // a write landing during the catch-up sets it again
    (await db.drafts.where('updatedAt').aboveOrEqual(watermark).toArray()).forEach(add);
    if ((await db.drafts.count()) !== index.size) await reconcile();
  }

  /** The newest drafts outside the trash, read directly: what the plain list shows before the index is built. */
  async function newest(limit: number): Promise<SearchResult> {
    const rows = await db.drafts
      .orderBy('updatedAt')
      .reverse()
      .filter((draft) => draft.deletedAt === undefined)
      .limit(limit)
      .toArray();
    rows.sort((a, b) => Number(b.pinned) - Number(a.pinned));
    return lazyResult(rows.map(searchable), toListHit, false, false);
  }

  return {
    /** Matching drafts, pinned first then newest, with highlight ranges. Trash excluded by default. */
    async search(query: string, filters: SearchFilters = {}, searchOptions: SearchOptions = {}): Promise<SearchResult> {
      const plainList = query.trim() === '' && Object.values(filters).every((value) => value === undefined);
      if (!ready && plainList) {
        const rows = newest(Math.min(firstRows, searchOptions.limit ?? firstRows));
        if (!building) firstRowsShown = rows.then(yieldToBrowser, yieldToBrowser);
        void sync().catch(() => undefined); // the build goes on; its completion notifies subscribers
        return rows;
      }
      await sync();
      return index.search(query, filters, searchOptions);
    },
    /** Builds or catches up the index ahead of the first query (e.g. when the panel opens). */
    warmUp: sync,
    /** Pauses the build until the returned function is called (by every holder). */
    hold(): () => void {
      if (holds++ === 0) released = new Promise((resolve) => (release = resolve));
      let held = true;
      return () => {
        if (held && --holds === 0) release();
        held = false;
      };
    },
    /** Called after any write to the drafts table and when the index is complete: results may have changed. */
    subscribe: (listener: () => void): (() => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    /** Changes whenever subscribers are called (for useSyncExternalStore). */
    version: () => version,
  };
}
