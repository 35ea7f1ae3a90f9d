import { describe, expect, it } from 'vitest';
import { PostingStore } from '../../../search/posting-store';

/** Slot i has key k when k divides i + 1: lists from "every slot" to "a few", as in real text. */
function filled(store: PostingStore, slots: number, keys = [1, 2, 3, 7, 1000], freezeWhenFull = false) {
  for (let slot = 0; slot < slots; slot++) {
    store.add(
      slot,
      keys.filter((key) => (slot + 1) % key === 0),
    );
    if (freezeWhenFull && store.full) for (const _ of store.freeze());
  }
}
const expected = (key: number, slots: number, live: (slot: number) => boolean = () => true) =>
  Array.from({ length: slots }, (_, slot) => slot).filter((slot) => (slot + 1) % key === 0 && live(slot));

describe('PostingStore', () => {
  it('gives each key its slots in ascending order across frozen segments and the tail', () => {
    const store = new PostingStore(64); // a tiny tail: many segments, as while building 10,000 drafts
    filled(store, 5000, undefined, true);
    for (const key of [1, 2, 3, 7, 1000]) expect(store.get(key)).toEqual(expected(key, 5000));
    expect(store.get(99)).toBeUndefined();
  });

  it('packs lists into about a byte per posting', () => {
    const store = new PostingStore(1024);
    filled(store, 20_000);
    for (const _ of store.compact(() => true));
    const postings = [1, 2, 3, 7, 1000].reduce((sum, key) => sum + expected(key, 20_000).length, 0);
    expect(store.packedBytes).toBeLessThan(postings * 1.1 + 1000);
    expect(store.get(1000)).toEqual(expected(1000, 20_000)); // large deltas take several bytes and survive
  });

  it('compaction drops the slots no longer live and keeps what is added meanwhile', () => {
    const store = new PostingStore(100, 1);
    filled(store, 3000);
    const live = (slot: number) => slot % 5 !== 0;
    const steps = store.compact(live);
    steps.next();
    store.add(3000, [2, 1]); // a put between two slices lands in a later segment
    expect(store.get(2)).toEqual([...expected(2, 3000), 3000]); // searches meanwhile see the old segments
    for (const _ of store.compact(() => false)); // a second one meanwhile (a sweep) does nothing
    expect(store.get(2)).toEqual([...expected(2, 3000), 3000]);
    for (const _ of steps);
    expect(store.get(2)).toEqual([...expected(2, 3000, live), 3000]);
    expect(store.get(7)).toEqual(expected(7, 3000, live));
  });

  it('packs a full tail in steps, keeping the pairs added meanwhile and answering from the tail until done', () => {
    const store = new PostingStore(50, 4);
    filled(store, 200);
    expect(store.full).toBe(true);
    const steps = store.freeze();
    expect(steps.next().done).toBe(false);
    expect(steps.next().done).toBe(false); // more than one step: the work is spread
    store.add(200, [1, 7]);
    expect(store.get(7)).toEqual([...expected(7, 200), 200]);
    for (const _ of store.freeze()); // one already under way: this does nothing
    for (const _ of steps);
    expect(store.full).toBe(false);
    expect(store.get(7)).toEqual([...expected(7, 200), 200]);
    expect(store.get(1)).toEqual([...expected(1, 200), 200]);
    expect(store.packedBytes).toBeGreaterThan(0);
  });

  it('counts each look into a segment as work, so a merge over many segments keeps its steps short', () => {
    const store = new PostingStore(1, 10); // a segment per slot, and a step per 10 units of work
    for (let slot = 0; slot < 100; slot++) {
      store.add(slot, [slot]); // a key per slot: one posting each, but every key is looked up in 100 segments
      for (const _ of store.freeze());
    }
    let steps = 0;
    for (const _ of store.compact(() => true)) steps++;
    // Each key costs 100 looks ≥ a step's 10 units: a step per key (counting postings alone, 2 units a
    // key, would have taken 20 keys a step).
    expect(steps).toBeGreaterThanOrEqual(100);
    for (let slot = 0; slot < 100; slot++) expect(store.get(slot)).toEqual([slot]);
  });

  it('keeps every list right when freezes reuse their buffers while new keys keep coming', () => {
    const store = new PostingStore(64); // many freezes; the key count outgrows the buffers several times
    const naive = new Map<number, number[]>();
    for (let slot = 0; slot < 4000; slot++) {
      const keys = [...new Set([1, 10 + (slot % 500), 2000 + Math.floor(slot / 3), 9000 + ((slot * 7) % 13)])];
      store.add(slot, keys);
      for (const key of keys) naive.set(key, [...(naive.get(key) ?? []), slot]);
      if (store.full) for (const _ of store.freeze());
    }
    for (const [key, slots] of naive) expect(store.get(key)).toEqual(slots);
    for (const _ of store.compact(() => true));
    for (const [key, slots] of naive) expect(store.get(key)).toEqual(slots);
  });
});
