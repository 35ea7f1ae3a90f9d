/**
 * Unfilled placeholders such as 【待填：完成率】 are deliberately visible gaps (实事求是): the proofreader
 * must not "correct" them, so findings touching one are dropped.
 */
export function placeholderRanges(text: string): [number, number][] {
  return [...text.matchAll(/【待填[：:][^】\n]*】/g)].map((match) => [match.index, match.index + match[0].length]);
}
