import { DistinctKeys } from './distinct-keys';
import { foldText, foldedAway } from './fold-text';
import { lazyResult } from './lazy-result';
import { PostingStore } from './posting-store';
import { intersectPostings } from './postings';
import { TextPool } from './text-pool';
import type { SearchableDraft, SearchFilters, SearchOptions, SearchResult } from './search-types';
import { toHit, type HitSource } from './to-hit';
import { isWordChar, termKeys } from './tokenize';

interface IndexedDraft extends HitSource {
  id: string;
  keyCount: number;
}

/** Intersecting more lists than this rarely removes candidates that the substring check would keep. */
const maxListsIntersected = 8;
const maxTerms = 8;

/**
 * In-memory full-text index over drafts. A draft version gets a new slot number on every put; old slots
 * become tombstones skipped at query time and swept out once they outweigh the live postings, so an
 * update never has to splice thousands of posting arrays.
 */
export class SearchIndex {
  private readonly postings = new PostingStore();
  private readonly slots: (IndexedDraft | undefined)[] = [];
  private readonly slotById = new Map<string, number>();
  /** Live slots in rank order; undefined after a change until the next query. */
  private ranked: number[] | undefined;
  private livePostings = 0;
  private deadPostings = 0;
  private readonly keys = new DistinctKeys();
  private readonly bodies = new TextPool();

  /** @param sweepAfter dead postings tolerated (and at least as many as the live ones) before a sweep */
  constructor(private readonly sweepAfter = 200_000) {}

  get size(): number {
    return this.slotById.size;
  }

  has(id: string): boolean {
    return this.slotById.has(id);
  }

  ids(): IterableIterator<string> {
    return this.slotById.keys();
  }

  /** Adds or replaces a draft. A draft with the same revision and time as the indexed one is skipped. */
  put(draft: SearchableDraft): void {
    this.insert(draft, false);
    if (this.postings.full) for (const _ of this.postings.freeze());
    if (this.sweepDue) for (const _ of this.compact());
  }

  /**
   * `put` for the build, as a generator: packing a full posting tail is spread over the caller's slices,
   * and the folded body goes to the pool of large strings (`compact` hands out the last of them).
   */
  *load(draft: SearchableDraft): Generator<void> {
    this.insert(draft, true);
    if (this.postings.full) yield* this.postings.freeze();
    if (this.sweepDue) yield* this.compact();
  }

  /**
   * Whether tombstones outweigh the live postings, so `compact` is due. `remove` leaves it to the caller:
   * after the removals of a trash emptied at 10,000 drafts, a merge of every list in one go is a long task.
   */
  get sweepDue(): boolean {
    return this.deadPostings > this.sweepAfter && this.deadPostings > this.livePostings;
  }

  private insert(draft: SearchableDraft, pooled: boolean): void {
    const existing = this.slotById.get(draft.id);
    if (existing !== undefined) {
      const old = this.slots[existing]!.draft;
      if (old.revision === draft.revision && old.updatedAt === draft.updatedAt) return;
      this.remove(draft.id);
    }
    const slot = this.slots.length;
    const { body, ...rest } = draft;
    const foldedBody = foldText(body);
    const entry: IndexedDraft = {
      draft: rest,
      id: draft.id,
      foldedTitle: foldText(draft.title),
      foldedBody: pooled ? '' : foldedBody, // a pooled body arrives at the pool's next join: this one dies young
      bodyFoldedAway: foldedAway(body, foldedBody),
      keyCount: 0,
    };
    const keys = this.keys.collect([entry.foldedTitle, foldedBody]);
    this.postings.add(slot, keys);
    entry.keyCount = keys.length;
    this.slots.push(entry);
    this.ranked = undefined;
    this.slotById.set(draft.id, slot);
    this.livePostings += entry.keyCount;
    if (pooled) this.bodies.add(foldedBody, (text) => (entry.foldedBody = text));
  }

  /**
   * Packs every posting list into one segment without tombstones, once the bulk of puts is over. A
   * generator, so a caller can spread the work over idle slices.
   */
  *compact(): Generator<void> {
    this.bodies.seal();
    this.deadPostings = 0;
    yield* this.postings.compact((slot) => this.slots[slot] !== undefined);
    yield;
    this.rankOrder(); // a step of its own: the first search after the build would sort 10,000 drafts
  }

  remove(id: string): void {
    const slot = this.slotById.get(id);
    if (slot === undefined) return;
    const entry = this.slots[slot]!;
    this.slots[slot] = undefined;
    this.ranked = undefined;
    this.slotById.delete(id);
    this.livePostings -= entry.keyCount;
    this.deadPostings += entry.keyCount;
  }

  search(query: string, filters: SearchFilters = {}, options: SearchOptions = {}): SearchResult {
    if (this.bodies.pending) this.bodies.seal(); // loaded bodies not yet joined (a search before `compact`)
    const limit = options.limit ?? 50;
    const terms = [...new Set(foldText(query).split(/\s+/).filter(Boolean))].slice(0, maxTerms);
    const keys = [...new Set(terms.flatMap(termKeys))];
    const candidates = this.candidates(keys);
    // A one-character term's list (a unigram, never a hash) names exactly the drafts containing it, once
    // intersected: reading 5,000 bodies again to confirm it was the largest part of such a keystroke.
    const verified = keys.length <= maxListsIntersected ? terms.filter((term) => !isExactKey(term)) : terms;
    const rows: IndexedDraft[] = [];
    for (const slot of this.rankOrder()) {
      if (candidates !== undefined && candidates[slot] === 0) continue;
      const entry = this.slots[slot]!;
      if (!matchesFilters(entry.draft, filters)) continue;
      if (!verified.every((term) => entry.foldedTitle.includes(term) || entry.foldedBody.includes(term))) continue;
      if (rows.length === limit) return lazyResult(rows, (row) => toHit(row, terms), true);
      rows.push(entry);
    }
    return lazyResult(rows, (row) => toHit(row, terms), false);
  }

  /** Live slots, pinned first then newest; sorted once after a change, not on every query. */
  private rankOrder(): readonly number[] {
    if (this.ranked === undefined) {
      const live: number[] = [];
      this.slots.forEach((entry, slot) => entry && live.push(slot));
      this.ranked = live.sort((a, b) => byRank(this.slots[a]!, this.slots[b]!));
    }
    return this.ranked;
  }

  /**
   * A mark per slot for the drafts that have every key (a superset of the matches, intersecting the
   * shortest lists), or undefined when there are no keys and every draft is a candidate.
   */
  private candidates(keys: readonly number[]): Uint8Array | undefined {
    if (keys.length === 0) return undefined;
    const marks = new Uint8Array(this.slots.length);
    const lists: number[][] = [];
    for (const key of keys) {
      const list = this.postings.get(key);
      if (list === undefined) return marks;
      lists.push(list);
    }
    lists.sort((a, b) => a.length - b.length);
    for (const slot of intersectPostings(lists.slice(0, maxListsIntersected))) marks[slot] = 1;
    return marks;
  }
}

/** Whether a term is a single word character, whose unigram key stands for it alone. */
function isExactKey(term: string): boolean {
  return term.length === 1 && isWordChar(term.charCodeAt(0));
}

function matchesFilters(draft: IndexedDraft['draft'], filters: SearchFilters): boolean {
  const trash = filters.trash ?? 'exclude';
  if (trash === 'exclude' && draft.deletedAt !== undefined) return false;
  if (trash === 'only' && draft.deletedAt === undefined) return false;
  if (filters.kind !== undefined && draft.kind !== filters.kind) return false;
  if (filters.status !== undefined && draft.status !== filters.status) return false;
  if (filters.tag !== undefined && !draft.tags.includes(filters.tag)) return false;
  if (filters.updatedFrom !== undefined && draft.updatedAt < filters.updatedFrom) return false;
  if (filters.updatedTo !== undefined && draft.updatedAt > filters.updatedTo) return false;
  return true;
}

/** Pinned first, then newest; the id makes the order total so results never jitter between queries. */
function byRank(a: IndexedDraft, b: IndexedDraft): number {
  return (
    Number(b.draft.pinned) - Number(a.draft.pinned) ||
    b.draft.updatedAt - a.draft.updatedAt ||
    (a.draft.id < b.draft.id ? -1 : a.draft.id > b.draft.id ? 1 : 0)
  );
}
