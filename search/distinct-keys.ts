import { bigramKey, isWordChar, unigramKey } from './tokenize';

/*
 * Collects the distinct keys of one document with typed arrays instead of a Set: building the index
 * for 10,000 drafts is dominated by per-character hashing, and this halves it. Unigrams are deduplicated
 * by a generation stamp per UTF-16 code, bigrams by an open-addressing table sized to the text.
 */
export class DistinctKeys {
  private readonly unigramSeen = new Int32Array(0x10000);
  private table = new Int32Array(0);
  private tableStamp = new Int32Array(0);
  /** Reused for every document: a fresh array of some thousand keys per draft fed the garbage collector. */
  private found = new Int32Array(0);
  private generation = 0;

  /**
   * Distinct keys of the given folded texts, in first-seen order: a view of a buffer that the next call
   * overwrites, so a caller copies what it keeps.
   */
  collect(texts: readonly string[]): Int32Array {
    const length = texts.reduce((sum, text) => sum + text.length, 0);
    this.prepare(length);
    const generation = ++this.generation;
    const mask = this.table.length - 1;
    const shift = 32 - Math.log2(this.table.length); // Fibonacci hashing: the high bits are the well-mixed ones
    const keys = this.found;
    let count = 0;
    for (const text of texts) {
      let previous = -1;
      for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        if (!isWordChar(code)) {
          previous = -1;
          continue;
        }
        if (this.unigramSeen[code] !== generation) {
          this.unigramSeen[code] = generation;
          keys[count++] = unigramKey(code);
        }
        if (previous >= 0) {
          const key = bigramKey(previous, code);
          let at = Math.imul(key, 0x9e3779b1) >>> shift;
          while (this.tableStamp[at] === generation && this.table[at] !== key) at = (at + 1) & mask;
          if (this.tableStamp[at] !== generation) {
            this.tableStamp[at] = generation;
            this.table[at] = key;
            keys[count++] = key;
          }
        }
        previous = code;
      }
    }
    return keys.subarray(0, count);
  }

  /**
   * A table at most half full: capacity ≥ 2 × characters (each adds at most one bigram), and room for
   * as many keys (each character adds at most a unigram and a bigram).
   */
  private prepare(length: number): void {
    const room = 2 * length;
    if (room > this.found.length || (this.found.length > 1 << 17 && room < this.found.length / 8))
      this.found = new Int32Array(room);
    let capacity = 1024;
    while (capacity < 2 * length) capacity *= 2;
    if (capacity > this.table.length || (this.table.length > 1 << 16 && capacity < this.table.length / 8)) {
      this.table = new Int32Array(capacity);
      this.tableStamp = new Int32Array(capacity);
    }
    if (this.generation > 0x7ffffff0) {
      this.generation = 0;
      this.unigramSeen.fill(0);
      this.tableStamp.fill(0);
    }
  }
}
