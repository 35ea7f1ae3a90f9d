/** Code units JavaScript's `\s` matches (so the count equals the former `replace(/\s+/g, '')` rule). */
function isSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/**
 * Word count as Chinese offices count it: every character except white space (a character outside
 * the BMP, two UTF-16 units, counts once). A loop without allocation; additive over any split of the
 * text, which the incremental count relies on.
 */
export function countCharacters(text: string, from = 0, to = text.length): number {
  let count = 0;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (!isSpace(code) && (code < 0xdc00 || code > 0xdfff)) count++;
  }
  return count;
}

export interface CountedText {
  text: string;
  count: number;
}

/**
 * The count after one edit, from the caret positions around it, counting only what changed: the text
 * before the edit's start and after its end is checked to be unchanged (native comparisons), else the
 * whole text is counted again. `before` is the selection when the edit began, `caret` the caret after it.
 */
export function countAfterEdit(previous: CountedText, next: string, before: [number, number], caret: number): number {
  const old = previous.text;
  const start = Math.min(before[0], caret);
  const suffix = next.length - Math.max(caret, start);
  const oldEnd = old.length - suffix;
  const shapeOk = start <= oldEnd && start <= next.length - suffix && suffix >= 0;
  if (!shapeOk || !next.startsWith(old.slice(0, start)) || !next.endsWith(old.slice(oldEnd))) {
    return countCharacters(next);
  }
  return previous.count - countCharacters(old, start, oldEnd) + countCharacters(next, start, next.length - suffix);
}
