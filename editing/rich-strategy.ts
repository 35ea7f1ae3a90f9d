/** One way of getting text into a rich editor; `run` says whether the editor took it. */
export interface RichInsertion {
  host: HTMLElement;
  text: string;
  html: string;
  /** Send no HTML (user chose plain text, or the editor mangles pasted HTML). */
  plainOnly: boolean;
}

export interface RichStrategy {
  name: string;
  /**
   * True when the editor registered the insertion: it cancelled our synthetic event (so it handled it
   * itself) or the document changed. False means "not registered here, try the next strategy".
   */
  run(insertion: RichInsertion): boolean;
}
