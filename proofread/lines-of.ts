export interface Line {
  text: string;
  /** Offset of the line's first character in the whole text. */
  start: number;
}

/** Lines with their offsets, so line-based rules can report positions in the whole text. */
export function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    lines.push({ text: line, start });
    start += line.length + 1;
  }
  return lines;
}
