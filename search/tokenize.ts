/*
 * Search keys. Chinese has no spaces, so text is cut into runs of "word" characters (CJK, letters,
 * digits) and every run yields its characters (unigrams, so a one-character query works) and its
 * adjacent pairs (bigrams). A query's keys are its bigrams, or its unigram for a one-character run.
 * Keys are small integers so postings live in a Map<number, number[]> without allocating strings;
 * unigrams are negative, bigrams are packed into [0, 2^30) (V8 small integers). A hash collision only adds candidates,
 * which the substring check in the index removes.
 */

/** True for characters that belong to words: ASCII letters/digits and any non-punctuation, non-space above 0x7F. */
export function isWordChar(code: number): boolean {
  if (code < 0x80) return (code >= 48 && code <= 57) || (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
  if (code <= 0xbf) return false; // Latin-1 punctuation and symbols
  if (code >= 0x2000 && code <= 0x2bff) return false; // general punctuation, arrows, shapes (□ ○ ■)
  if (code >= 0x3000 && code <= 0x303f) return code === 0x3005 || code === 0x3007; // 々 〇 are words, 、。《》【】 are not
  if (code >= 0xfe30 && code <= 0xfe4f) return false; // CJK compatibility forms
  if (code >= 0xff00 && code <= 0xffef) return false; // full-width punctuation (letters/digits are folded first)
  return code !== 0xfeff;
}

export const unigramKey = (code: number): number => -code - 1;
/** Low 14 bits of the first code above the second, its top 2 bits folded in: integer-only, < 2^30. */
export const bigramKey = (first: number, second: number): number =>
  ((((first & 0x3fff) << 16) | second) ^ (first >>> 14)) & 0x3fffffff;

/** Calls `emit` with every key of already-folded text, repeats included (the index removes duplicates). */
export function forEachKey(folded: string, emit: (key: number) => void): void {
  let previous = -1;
  for (let i = 0; i < folded.length; i++) {
    const code = folded.charCodeAt(i);
    if (!isWordChar(code)) {
      previous = -1;
      continue;
    }
    emit(unigramKey(code));
    if (previous >= 0) emit(bigramKey(previous, code));
    previous = code;
  }
}

/** Distinct keys a document containing this folded term must have. Empty for a term with no word characters. */
export function termKeys(folded: string): number[] {
  const keys = new Set<number>();
  let runStart = -1;
  for (let i = 0; i <= folded.length; i++) {
    const word = i < folded.length && isWordChar(folded.charCodeAt(i));
    if (word && runStart < 0) runStart = i;
    if (word || runStart < 0) continue;
    if (i - runStart === 1) keys.add(unigramKey(folded.charCodeAt(runStart)));
    for (let j = runStart + 1; j < i; j++) keys.add(bigramKey(folded.charCodeAt(j - 1), folded.charCodeAt(j)));
    runStart = -1;
  }
  return [...keys];
}
