/**
 * Many texts kept as slices of a few large strings. Each time a major GC compacts the heap, V8 copies
 * the live strings of ordinary size: the folded bodies of 10,000 drafts, 40 MB, made pauses of 80–200 ms
 * while the index was built (a performance profile of the panel). A string over 128 KB lives in the
 * large-object space, which is never copied, and a slice of it is a small object pointing into it.
 * The texts are copied into a buffer at once rather than kept until the join: a text held that long
 * outlived two scavenges and was promoted to the old generation, so the whole 40 MB passed through it
 * as garbage, and the major GCs it triggered (compacting, in a panel that optimizes for memory) were
 * the longest tasks of the build.
 * For bulk loading only: a slice keeps its whole string alive, so texts replaced one by one (edits) would
 * keep dead neighbours in memory.
 */
export class TextPool {
  private buffer = new Uint16Array(0);
  private length = 0;
  private places: ((text: string) => void)[] = [];
  private ends: number[] = [];
  /** Whether a gathered text has a surrogate, which only the exact (slower) decoding keeps as it is. */
  private surrogates = false;

  /** @param sealAt characters gathered before they are joined into one string (2 bytes each) */
  constructor(private readonly sealAt = 1 << 18) {}

  /** Takes a copy of `text`; `place` receives its pooled copy once enough texts are gathered (or at `seal`). */
  add(text: string, place: (text: string) => void): void {
    if (this.length + text.length > this.buffer.length) this.grow(this.length + text.length);
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code >= 0xd800 && code <= 0xdfff) this.surrogates = true;
      this.buffer[this.length + i] = code;
    }
    this.length += text.length;
    this.places.push(place);
    this.ends.push(this.length);
    if (this.length >= this.sealAt) this.seal();
  }

  /** Whether texts are waiting for `seal`. */
  get pending(): boolean {
    return this.places.length > 0;
  }

  /** Joins the texts gathered so far into one string and hands each its slice. */
  seal(): void {
    const units = this.buffer.subarray(0, this.length);
    const joined = this.surrogates ? decodeExactly(units) : utf16.decode(units);
    this.places.forEach((place, i) => place(joined.slice(i === 0 ? 0 : this.ends[i - 1], this.ends[i])));
    this.places = [];
    this.ends = [];
    this.length = 0;
    this.surrogates = false;
    if (this.buffer.length > this.sealAt) this.buffer = new Uint16Array(this.sealAt); // after a huge text
  }

  private grow(needed: number): void {
    const buffer = new Uint16Array(Math.max(needed, this.sealAt));
    buffer.set(this.buffer.subarray(0, this.length));
    this.buffer = buffer;
  }
}

/**
 * Makes the string at once, with no intermediate strings (40 MB of them over a build, in 8K chunks). A
 * Uint16Array is in the platform's byte order, read here as little-endian: every CPU Chromium runs on
 * (x86, ARM, LoongArch, including the 信创 machines) is little-endian.
 */
const utf16 = new TextDecoder('utf-16le', { ignoreBOM: true }); // a text may start with U+FEFF: keep it

/** UTF-16 units to a string, exactly: TextDecoder would replace a lone surrogate. */
function decodeExactly(units: Uint16Array): string {
  const chunk = 8192; // well under the engines' limit on arguments
  const parts: string[] = [];
  for (let at = 0; at < units.length; at += chunk) {
    parts.push(String.fromCharCode.apply(null, units.subarray(at, at + chunk) as unknown as number[]));
  }
  return parts.join('');
}
