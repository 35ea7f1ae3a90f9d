const foldable = /[A-Z\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/;
const foldableAll = /[A-Z\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/g;

function foldChar(ch: string): string {
  let code = ch.charCodeAt(0);
  if (code >= 0xff10) code -= 0xfee0; // full-width ０-９ Ａ-Ｚ ａ-ｚ → ASCII
  if (code >= 65 && code <= 90) code += 32;
  return String.fromCharCode(code);
}

/**
 * Case- and width-folds Latin letters and digits so "GDP", "gdp" and "ＧＤＰ" match. Strictly one UTF-16
 * unit in, one out: offsets found in the folded text are offsets in the original, for highlighting.
 * Full-width punctuation (，。：) is left alone; it is common in Chinese text and never a search key.
 */
export function foldText(text: string): string {
  return foldable.test(text) ? text.replace(foldableAll, foldChar) : text;
}

/**
 * What folding changed, as [offset, original code] pairs, or undefined when nothing changed: with it the
 * index keeps only the folded body and still shows the original in a snippet.
 */
export function foldedAway(original: string, folded: string): Uint32Array | undefined {
  if (original === folded) return undefined;
  const pairs: number[] = [];
  for (let i = 0; i < original.length; i++) {
    if (original.charCodeAt(i) !== folded.charCodeAt(i)) pairs.push(i, original.charCodeAt(i));
  }
  return Uint32Array.from(pairs);
}

/** The original text of `slice`, which starts at `start` in a folded text whose changes are `away`. */
export function unfold(slice: string, start: number, away: Uint32Array | undefined): string {
  if (away === undefined) return slice;
  let low = 0;
  let high = away.length / 2;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (away[2 * middle] < start) low = middle + 1;
    else high = middle;
  }
  let text = '';
  let at = 0;
  for (let pair = 2 * low; pair < away.length && away[pair] < start + slice.length; pair += 2) {
    const offset = away[pair] - start;
    text += slice.slice(at, offset) + String.fromCharCode(away[pair + 1]);
    at = offset + 1;
  }
  return text + slice.slice(at);
}
