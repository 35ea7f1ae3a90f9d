/*
 * The posting lists of the index, packed. A put appends (key, slot) pairs to a flat typed-array tail —
 * no per-key array to grow, so building 10,000 drafts neither reallocates 20,000 arrays nor feeds the
 * garbage collector. The tail is frozen into a segment (counting sort by key, then each list as
 * varint deltas in one Uint8Array): about a byte per posting instead of a 4-byte array element plus
 * spare capacity. Keys are numbered densely in first-seen order so a segment indexes them directly.
 */

interface Segment {
  /** Byte offset of each dense key's list in `data`; keys numbered after the freeze have none. */
  starts: Uint32Array;
  data: Uint8Array;
}

const varintBytes = (value: number): number => (value < 0x80 ? 1 : value < 0x4000 ? 2 : value < 0x200000 ? 3 : 4);

/** Writes `value` (< 2^28) as a little-endian base-128 varint at `at`; returns the next offset. */
function writeVarint(data: Uint8Array, at: number, value: number): number {
  while (value >= 0x80) {
    data[at++] = (value & 0x7f) | 0x80;
    value >>>= 7;
  }
  data[at++] = value;
  return at;
}

/**
 * Writes the slots of one list (deltas from -1) to `out` from index `count`, keeping those `keep`
 * accepts; returns the new count.
 */
function decode(
  data: Uint8Array,
  from: number,
  to: number,
  out: number[] | Int32Array,
  count: number,
  keep?: (slot: number) => boolean,
): number {
  let slot = -1;
  let at = from;
  while (at < to) {
    let delta = 0;
    let shift = 0;
    let byte: number;
    do {
      byte = data[at++];
      delta |= (byte & 0x7f) << shift;
      shift += 7;
    } while (byte & 0x80);
    slot += delta;
    if (keep === undefined || keep(slot)) out[count++] = slot;
  }
  return count;
}

/** Writes ascending slots[from..to) as varint deltas from -1 at `at`; returns the next offset. */
function encode(data: Uint8Array, at: number, slots: ArrayLike<number>, from: number, to: number): number {
  let previous = -1;
  for (let i = from; i < to; i++) {
    at = writeVarint(data, at, slots[i] - previous);
    previous = slots[i];
  }
  return at;
}

/**
 * `data`'s first `size` bytes: a view when little is spare (no 13 MB copy, which was also 13 MB more for
 * the garbage collector), else a copy made in steps (a 13 MB copy in one go was a 60 ms task).
 */
function* trimmed(data: Uint8Array, size: number, copyStep: number): Generator<void, Uint8Array> {
  if (data.length - size <= data.length / 8) return data.subarray(0, size);
  const packed = new Uint8Array(size);
  for (let at = 0; at < size; at += copyStep) {
    packed.set(data.subarray(at, Math.min(size, at + copyStep)), at);
    yield;
  }
  return packed;
}

export class PostingStore {
  private readonly ids = new Map<number, number>();
  private segments: Segment[] = [];
  private tailIds = new Int32Array(1024);
  private tailSlots = new Int32Array(1024);
  private tailLength = 0;
  /** Slots added so far (they come in ascending order): no list is longer. */
  private slotCount = 0;
  private freezing = false;
  private scratch: { offsets: Uint32Array; next: Uint32Array; sorted: Int32Array } | undefined;
  private compacting = false;

  /**
   * @param freezeAfter pairs the tail holds before it is due to be packed (bounds its memory while building)
   * @param stepSize postings (or keys) handled between two yields of `freeze` and `compact`: a step
   *   costs about the same whatever the keys, where a step of so many keys could hold a list per draft each
   */
  constructor(
    private readonly freezeAfter = 1 << 18,
    private readonly stepSize = 1 << 15,
  ) {}

  /** Records that `slot` has `keys`. Slots must come in ascending order (the index appends them). */
  add(slot: number, keys: ArrayLike<number>): void {
    if (this.tailLength + keys.length > this.tailIds.length) this.growTail(this.tailLength + keys.length);
    this.slotCount = slot + 1;
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      let id = this.ids.get(key);
      if (id === undefined) this.ids.set(key, (id = this.ids.size));
      this.tailIds[this.tailLength] = id;
      this.tailSlots[this.tailLength++] = slot;
    }
  }

  /** Whether the tail is due to be packed by `freeze`. */
  get full(): boolean {
    return this.tailLength >= this.freezeAfter;
  }

  /** The ascending slots having `key`, or undefined for a key never added. */
  get(key: number): number[] | undefined {
    const id = this.ids.get(key);
    if (id === undefined) return undefined;
    const slots: number[] = [];
    for (const { starts, data } of this.segments)
      if (id + 1 < starts.length) decode(data, starts[id], starts[id + 1], slots, slots.length);
    // The tail holds the newest slots (after the build, the few drafts edited since): a scan is cheap.
    for (let i = 0; i < this.tailLength; i++) if (this.tailIds[i] === id) slots.push(this.tailSlots[i]);
    return slots;
  }

  /**
   * Merges every segment into one, dropping the slots `live` rejects (tombstones). A generator, so the
   * index can spread the work over idle slices; searches in between read the old segments. A call while
   * one is under way does nothing (that one already drops what it can).
   */
  *compact(live: (slot: number) => boolean): Generator<void> {
    if (this.compacting) return;
    this.compacting = true;
    try {
      yield* this.merge(live);
    } finally {
      this.compacting = false;
    }
  }

  private *merge(live: (slot: number) => boolean): Generator<void> {
    yield* this.freeze();
    const merging = this.segments.slice();
    const keyCount = this.ids.size;
    const starts = new Uint32Array(keyCount + 1);
    // Never larger than the parts: a list's first delta shrinks, and dropping a slot joins two deltas
    // into one that needs no more bytes than both did.
    const data = new Uint8Array(merging.reduce((sum, segment) => sum + segment.data.length, 0));
    // One buffer for every list: an array per key made 200 MB of garbage over a merge of 10,000 drafts.
    const slots = new Int32Array(this.slotCount);
    let size = 0;
    let work = 0;
    for (let id = 0; id < keyCount; id++) {
      let count = 0;
      for (const segment of merging) {
        if (id + 1 < segment.starts.length)
          count = decode(segment.data, segment.starts[id], segment.starts[id + 1], slots, count, live);
      }
      starts[id] = size;
      size = encode(data, size, slots, 0, count);
      work += count + merging.length; // a key costs a look into every segment, even one without it
      if (work >= this.stepSize) {
        work = 0;
        yield;
      }
    }
    starts[keyCount] = size;
    this.segments = [
      { starts, data: yield* trimmed(data, size, this.stepSize * 32) },
      ...this.segments.slice(merging.length),
    ];
    this.scratch = undefined; // the bulk of puts is over: a later freeze (a full tail, rare) makes its own
  }

  /** Bytes held by the packed lists (for tests and the benchmark's account of the heap). */
  get packedBytes(): number {
    // The buffers, not the views: a trimmed segment may keep spare bytes.
    return this.segments.reduce((sum, segment) => sum + segment.data.buffer.byteLength + segment.starts.byteLength, 0);
  }

  /**
   * Packs the pairs the tail holds when it starts: a counting sort by dense key keeps each key's slots
   * ascending. A generator like `compact` (a whole tail took 20–45 ms in one go); pairs added meanwhile
   * stay in the tail, and searches meanwhile read the tail as it was. A call while one is under way
   * does nothing.
   */
  *freeze(): Generator<void> {
    if (this.freezing || this.tailLength === 0) return;
    this.freezing = true;
    try {
      yield* this.pack();
    } finally {
      this.freezing = false;
    }
  }

  private *pack(): Generator<void> {
    const count = this.tailLength;
    // A tail grown meanwhile is a copy: these arrays keep their first `count` pairs as they are.
    const tailIds = this.tailIds;
    const tailSlots = this.tailSlots;
    const keyCount = this.ids.size;
    const step = this.stepSize;
    const { offsets, next, sorted } = this.scratchFor(keyCount, count);
    for (let i = 0; i < count; i++) {
      offsets[tailIds[i] + 1]++;
      if (i % step === step - 1) yield;
    }
    for (let id = 0; id < keyCount; id++) offsets[id + 1] += offsets[id];
    yield;
    next.set(offsets.subarray(0, keyCount));
    for (let i = 0; i < count; i++) {
      sorted[next[tailIds[i]]++] = tailSlots[i];
      if (i % step === step - 1) yield;
    }
    let size = 0;
    let work = 0;
    for (let id = 0; id < keyCount; id++) {
      for (let i = offsets[id], previous = -1; i < offsets[id + 1]; previous = sorted[i++]) {
        size += varintBytes(sorted[i] - previous);
      }
      work += offsets[id + 1] - offsets[id] + 1;
      if (work >= step) {
        work = 0;
        yield;
      }
    }
    const data = new Uint8Array(size);
    const starts = new Uint32Array(keyCount + 1);
    for (let id = 0; id < keyCount; id++) {
      starts[id + 1] = encode(data, starts[id], sorted, offsets[id], offsets[id + 1]);
      work += offsets[id + 1] - offsets[id] + 1;
      if (work >= step) {
        work = 0;
        yield;
      }
    }
    // The segment and the shorter tail in one step: a search never sees a pair twice or not at all.
    this.segments.push({ starts, data });
    this.tailIds.copyWithin(0, count, this.tailLength);
    this.tailSlots.copyWithin(0, count, this.tailLength);
    this.tailLength -= count;
  }

  /**
   * Buffers of `pack`, zeroed, kept from one freeze to the next while building: new ones per freeze were
   * 1.2 MB of ArrayBuffers each, 60 MB over a build of 10,000 drafts, and ArrayBuffers count toward the
   * heap's global limit, so they set off most of the build's major GCs (a trace: one every 150 ms).
   */
  private scratchFor(keyCount: number, count: number): { offsets: Uint32Array; next: Uint32Array; sorted: Int32Array } {
    let scratch = this.scratch;
    if (scratch === undefined || scratch.offsets.length < keyCount + 1 || scratch.sorted.length < count) {
      const keys = Math.max(keyCount + 1, Math.ceil((keyCount + 1) * 1.25), scratch?.offsets.length ?? 0);
      const pairs = Math.max(count, this.freezeAfter, scratch?.sorted.length ?? 0);
      scratch = { offsets: new Uint32Array(keys), next: new Uint32Array(keys), sorted: new Int32Array(pairs) };
      this.scratch = scratch;
    } else scratch.offsets.fill(0, 0, keyCount + 1);
    return {
      offsets: scratch.offsets.subarray(0, keyCount + 1),
      next: scratch.next.subarray(0, keyCount),
      sorted: scratch.sorted.subarray(0, count),
    };
  }

  private growTail(needed: number): void {
    let capacity = this.tailIds.length;
    while (capacity < needed) capacity *= 2;
    const ids = new Int32Array(capacity);
    const slots = new Int32Array(capacity);
    ids.set(this.tailIds.subarray(0, this.tailLength));
    slots.set(this.tailSlots.subarray(0, this.tailLength));
    this.tailIds = ids;
    this.tailSlots = slots;
  }
}
