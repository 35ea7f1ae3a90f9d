/**
 * Many texts kept as slices of a few large strings. Each time a major GC compacts the heap, V8 copies
 * the live strings of ordinary size: the folded bodies of 10,000 drafts, 40 MB, made pauses of 80–200 ms
 * while the index was built (a performance profile of the panel). A string over 128 KB lives in the
 * large-object space, which is never copied, and a slice of it is a small object pointing into it.
 * For bulk loading only: a slice keeps its whole string alive, so texts replaced one by one (edits) would
 * keep dead neighbours in memory.
 */
export class TextPool {
  private texts: string[] = [];
  private places: ((text: string) => void)[] = [];
  private length = 0;

  /** @param sealAt characters gathered before they are joined into one string (2 bytes each) */
  constructor(private readonly sealAt = 1 << 18) {}

  /** Takes `text`; `place` receives its pooled copy once enough texts are gathered (or at `seal`). */
  add(text: string, place: (text: string) => void): void {
    this.texts.push(text);
    this.places.push(place);
    this.length += text.length;
    if (this.length >= this.sealAt) this.seal();
  }

  /** Joins the texts gathered so far into one string and hands each its slice. */
  seal(): void {
    const joined = this.texts.join('');
    let at = 0;
    this.texts.forEach((text, i) => {
      this.places[i](joined.slice(at, (at += text.length)));
    });
    this.texts = [];
    this.places = [];
    this.length = 0;
  }
}
