import type { RuleHit } from './finding';

/**
 * Runs a global pattern over the text and turns each match into a hit; returning null skips a match.
 * Rules stay declarative: a pattern and a small decision per match.
 */
export function hitsOf(
  text: string,
  pattern: RegExp,
  toHit: (match: RegExpExecArray) => RuleHit | null | undefined,
): RuleHit[] {
  if (!pattern.global) throw new Error(`pattern must be global: ${pattern}`);
  const hits: RuleHit[] = [];
  for (const match of text.matchAll(pattern)) {
    const hit = toHit(match);
    if (hit) hits.push(hit);
  }
  return hits;
}

/** A hit covering the whole match. */
export function wholeMatch(match: RegExpExecArray, replacement?: string): RuleHit {
  return { start: match.index, end: match.index + match[0].length, replacement };
}
