/*
 * Sorted-array set operations on posting lists (ascending slot numbers). The smallest list drives the
 * intersection and the others are probed with a galloping search from a moving cursor, so the cost
 * grows with the rarest key, not with the common ones ("的", "工作" are in every document).
 */

/** First index ≥ from whose value is ≥ target, or list.length. */
function gallop(list: readonly number[], target: number, from: number): number {
  let step = 1;
  let high = from;
  while (high < list.length && list[high] < target) {
    from = high + 1;
    high += step;
    step *= 2;
  }
  high = Math.min(high, list.length);
  while (from < high) {
    const middle = (from + high) >>> 1;
    if (list[middle] < target) from = middle + 1;
    else high = middle;
  }
  return from;
}

export function intersectPostings(lists: readonly (readonly number[])[]): number[] {
  if (lists.length === 0) return [];
  const sorted = [...lists].sort((a, b) => a.length - b.length);
  const [driver, ...others] = sorted;
  const cursors = others.map(() => 0);
  const result: number[] = [];
  outer: for (const slot of driver) {
    for (let k = 0; k < others.length; k++) {
      const at = gallop(others[k], slot, cursors[k]);
      cursors[k] = at;
      if (at === others[k].length) break outer; // no later slot can be in every list
      if (others[k][at] !== slot) continue outer;
    }
    result.push(slot);
  }
  return result;
}
