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
  private generation = 0;

  /** Distinct keys of the given folded texts, in first-seen order. */
  collect(texts: readonly string[]): number[] {
    const length = texts.reduce((sum, text) => sum + text.length, 0);
    this.prepare(length);
    const generation = ++this.generation;
    const mask = this.table.length - 1;
    const shift = 32 - Math.log2(this.table.length); // Fibonacci hashing: the high bits are the well-mixed ones
    const keys: number[] = [];
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
          keys.push(unigramKey(code));
        }
        if (previous >= 0) {
          const key = bigramKey(previous, code);
          let at = Math.imul(key, 0x9e3779b1) >>> shift;
          while (this.tableStamp[at] === generation && this.table[at] !== key) at = (at + 1) & mask;
          if (this.tableStamp[at] !== generation) {
            this.tableStamp[at] = generation;
            this.table[at] = key;
            keys.push(key);
          }
        }
        previous = code;
      }
    }
    return keys;
  }

  /** A table at most half full: capacity ≥ 2 × characters (each adds at most one bigram). */
  private prepare(length: number): void {
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
