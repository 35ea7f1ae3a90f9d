import type { Snippet, TextRange } from './search-types';

/** All occurrences of the terms in folded text, sorted and merged, stopping at `cap` ranges. */
export function findRanges(folded: string, terms: readonly string[], cap: number): TextRange[] {
  const found: [number, number][] = [];
  for (const term of terms) {
    let count = 0;
    for (let at = folded.indexOf(term); at >= 0 && count < cap; at = folded.indexOf(term, at + term.length)) {
      found.push([at, at + term.length]);
      count++;
    }
  }
  found.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: [number, number][] = [];
  for (const range of found) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([range[0], range[1]]);
    if (merged.length > cap) break;
  }
  return merged.slice(0, cap);
}

/** About `width` characters of the body centred on the first range, with the ranges that fall inside. */
export function makeSnippet(body: string, bodyRanges: readonly TextRange[], width = 80): Snippet {
  const first = bodyRanges[0];
  let start = first ? Math.max(0, first[0] - Math.floor(width / 3)) : 0;
  const end = Math.min(body.length, start + width);
  start = Math.max(0, Math.min(start, end - width));
  const ranges: TextRange[] = [];
  for (const [from, to] of bodyRanges) {
    if (from >= end) break;
    if (to > start) ranges.push([Math.max(from, start) - start, Math.min(to, end) - start]);
  }
  return { text: body.slice(start, end), start, ranges };
}
