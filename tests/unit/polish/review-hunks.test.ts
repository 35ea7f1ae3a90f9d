import { describe, expect, it } from 'vitest';
import { applyDecisions, changeCount, toHunks, type Decision } from '../../../polish/review-hunks';
import { wordDiff } from '../../../review/word-diff';

describe('review hunks', () => {
  const before = '我们要搞好工作，很多同志马上行动。';
  const after = '我们要做好工作，大量同志立即行动。';
  const hunks = toHunks(wordDiff(before, after, 'zh-CN'));

  it('pairs a removal with the addition next to it as one change', () => {
    expect(changeCount(hunks)).toBeGreaterThanOrEqual(2);
    expect(hunks.filter((h) => h.kind === 'change').every((h) => h.kind === 'change' && h.removed && h.added)).toBe(
      true,
    );
  });

  it('accepting all gives the polished text, rejecting all the original, and a mix in between', () => {
    const ids = hunks.flatMap((h) => (h.kind === 'change' ? [h.id] : []));
    const all = (decision: Decision) => new Map(ids.map((id) => [id, decision]));
    expect(applyDecisions(hunks, all('accepted'))).toBe(after);
    expect(applyDecisions(hunks, all('rejected'))).toBe(before);
    const mixed = applyDecisions(hunks, new Map([[ids[0], 'accepted']]));
    expect(mixed).not.toBe(before);
    expect(mixed).not.toBe(after);
    expect(mixed.startsWith('我们要做好工作')).toBe(true);
  });
});
