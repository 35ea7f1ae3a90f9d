import Dexie from 'dexie';
import type { Draft } from '../storage/draft';
import type { WenshuDatabase } from '../storage/wenshu-database';
import { newestDraftCount, readNewestDrafts } from '../storage/read-newest-drafts';
import { lazyResult } from './lazy-result';
import type { SearchIndex } from './search-index';
import type { SearchFilters, SearchOptions, SearchResult, SearchableDraft } from './search-types';
import { toListHit } from './to-hit';
import { afterNextPaint } from './after-next-paint';
import { yieldToBrowser } from './yield-to-browser';

export type DraftSearch = ReturnType<typeof createDraftSearch>;

export interface DraftSearchOptions {
  /** Drafts read per IndexedDB request while building. */
  pageSize?: number;
  /** Longest stretch of indexing before the browser gets the main thread back (paint, input). */
  sliceMs?: number;
  /** How a slice gives the main thread back (replaced in tests, to count the slices). */
  yieldToBrowser?: () => Promise<void>;
}

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
  const pageSize = options.pageSize ?? 25;
  const sliceMs = options.sliceMs ?? 8;
  const yieldSlice = options.yieldToBrowser ?? yieldToBrowser;
  let watermark = -Infinity;
  let building: Promise<SearchIndex> | undefined;
  let seeded: SearchResult | undefined;
  /** The index once complete. */
  let index: SearchIndex | undefined;
  let dirty = false;
  /** The catch-up under way, if any. */
  let catching: Promise<void> | undefined;
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
    seeded = undefined;
    notify();
  });

  // The build waits until the first rows of the plain list are on screen: its reads and CPU would
  // otherwise compete with them.
  let firstRowsShown: Promise<unknown> = Promise.resolve();

  const seen = (draft: Draft) => {
    if (draft.updatedAt > watermark) watermark = draft.updatedAt;
  };
  /**
   * The build's puts, one step per draft, with packing a full posting tail in steps of its own. Each
   * row is let go once indexed: a page held whole across slices outlived scavenges and its 400 KB of
   * text were promoted to the old generation, feeding the major GCs that made the build's longest tasks.
   */
  function* loading(into: SearchIndex, page: (Draft | undefined)[]): Generator<void> {
    for (let i = 0; i < page.length; i++) {
      const draft = page[i]!;
      page[i] = undefined;
      yield* into.load(searchable(draft));
      seen(draft);
      yield;
    }
  }

  // While held (a draft open for editing), the build waits between two slices: typing never competes with it.
  let holds = 0;
  let released = Promise.resolve();
  let release = () => {};

  /**
   * Runs `steps`, giving the main thread back to the browser every `sliceMs`. A catch-up does not wait
   * for holds: a search waits on it, and the draft being typed in is itself one of its few drafts.
   */
  async function inSlices(steps: Iterable<void>, waitForHolds = true): Promise<void> {
    let sliceStart = performance.now();
    for (const _ of steps) {
      if (performance.now() - sliceStart < sliceMs) continue;
      await yieldSlice();
      while (waitForHolds && holds > 0) await released;
      sliceStart = performance.now();
    }
  }

  async function build(): Promise<SearchIndex> {
    // Loaded with the build, after the first rows are painted: not part of the panel's first chunk.
    const built = new (await import('./search-index')).SearchIndex();
    let page: Draft[] = await db.drafts.orderBy(':id').limit(pageSize).toArray();
    while (page.length > 0) {
      const last = page[page.length - 1].id;
      await inSlices(loading(built, page));
      page = await db.drafts.where(':id').above(last).limit(pageSize).toArray();
    }
    await inSlices(built.compact());
    index = built;
    markReady();
    // Subscribers re-render in a task of their own, not on top of the build's last slice.
    await yieldSlice();
    notify();
    return built;
  }

  /**
   * Indexes the drafts with these keys, a page per read and in slices like the build: an import while
   * the panel is open brings thousands at once, and reading and indexing them in one go froze the
   * panel for 1.5 s at 10,000 drafts (a trace of a panel left open during an import).
   */
  async function catchUp(into: SearchIndex, keys: readonly string[]): Promise<void> {
    for (let at = 0; at < keys.length; at += pageSize) {
      const page = await db.drafts.bulkGet(keys.slice(at, at + pageSize));
      await inSlices(loading(into, page.filter(Boolean)), false); // a draft deleted meanwhile is undefined
    }
    // Many drafts at once leave a long posting tail (scanned by every search) and unjoined bodies.
    if (keys.length > pageSize) await inSlices(into.compact(), false);
  }

  /** Full key comparison; only when the counts disagree, since it reads every key. */
  async function reconcile(into: SearchIndex): Promise<void> {
    const stored = new Set(await db.drafts.toCollection().primaryKeys());
    for (const id of [...into.ids()]) if (!stored.has(id)) into.remove(id);
    if (into.sweepDue) await inSlices(into.compact(), false);
    const missing = [...stored].filter((id) => !into.has(id));
    await catchUp(into, missing);
  }

  async function sync(): Promise<SearchIndex> {
    // Dexie.waitFor keeps a liveQuery's observation context across this non-Dexie promise.
    building ??= firstRowsShown.then(build).catch((error: unknown) => {
      building = undefined; // a later search retries; puts are idempotent, so a partial build is harmless
      throw error;
    });
    const built = await Dexie.waitFor(building);
    // One catch-up at a time, and a search waits for the one under way: one answered from an index half
    // caught up showed a partial list that nothing replaced (a panel open during an import, E2E).
    while (catching) await Dexie.waitFor(catching);
    // Inside a liveQuery the catch-up read always runs: it is what the liveQuery observes to re-run.
    if (!dirty && !insideLiveQuery()) return built;
    dirty = false; // a write landing during the catch-up sets it again
    catching = catchUpWithTable(built)
      .catch((error: unknown) => {
        dirty = true; // the next search tries again (puts are idempotent)
        throw error;
      })
      .finally(() => (catching = undefined));
    await Dexie.waitFor(catching);
    return built;
  }

  /** Drafts written since the newest time seen, then a full key comparison if the counts disagree. */
  async function catchUpWithTable(into: SearchIndex): Promise<void> {
    const newer = await db.drafts.where('updatedAt').aboveOrEqual(watermark).primaryKeys();
    const count = await db.drafts.count();
    await Dexie.waitFor(catchUp(into, newer));
    if (count !== into.size) await Dexie.waitFor(reconcile(into));
  }

  const listOf = (rows: readonly Draft[]) => lazyResult(rows.map(searchable), toListHit, false, false);
  const isPlainList = (query: string, filters: SearchFilters) =>
    query.trim() === '' && Object.values(filters).every((value) => value === undefined);

  return {
    /** Matching drafts, pinned first then newest, with highlight ranges. Trash excluded by default. */
    async search(query: string, filters: SearchFilters = {}, searchOptions: SearchOptions = {}): Promise<SearchResult> {
      if (!index && isPlainList(query, filters)) {
        const limit = Math.min(newestDraftCount, searchOptions.limit ?? newestDraftCount);
        const rows = seeded ? Promise.resolve(seeded) : readNewestDrafts(db, limit).then(listOf);
        if (!building) firstRowsShown = rows.then(afterNextPaint, afterNextPaint);
        void sync().catch(() => undefined); // the build goes on; its completion notifies subscribers
        return rows;
      }
      return (await sync()).search(query, filters, searchOptions);
    },
    /** The plain list's first rows, read with the panel's start-up: the list's first render shows them. */
    seed(rows: readonly Draft[]): void {
      seeded = listOf(rows);
    },
    /**
     * The answer `search` would give when it needs no read: the seeded rows for a first render, or the
     * complete index's answer while no write is pending, so a keystroke renders its rows in one pass.
     * Not during a catch-up: its half caught-up answer would be rendered and nothing would replace it.
     */
    peek(query: string, filters: SearchFilters = {}, searchOptions: SearchOptions = {}): SearchResult | undefined {
      if (index && !dirty && !catching) return index.search(query, filters, searchOptions);
      return !index && isPlainList(query, filters) ? seeded : undefined;
    },
    /** Builds or catches up the index ahead of the first query (e.g. when the panel opens). */
    warmUp: async (): Promise<void> => void (await sync()),
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
