import { describe, expect, it } from 'vitest';
import { placesAfterEdit, placesAfterFixes } from '../../../proofread/finding-place';

const place = (start: number, end: number) => ({ ruleId: 'r', start, end });

describe('where an ignored finding is after the text changed', () => {
  it('follows typing before it, stays put for typing after it, and is gone when its own text changes', () => {
    const before = 'ab,cd,ef';
    expect(placesAfterEdit([place(5, 6)], before, 'XXab,cd,ef')).toEqual([place(7, 8)]);
    expect(placesAfterEdit([place(2, 3)], before, 'ab,cd,efYY')).toEqual([place(2, 3)]);
    expect(placesAfterEdit([place(2, 3)], before, 'ab，cd,ef')).toEqual([]);
    expect(placesAfterEdit([place(5, 6)], before, before)).toEqual([place(5, 6)]);
  });

  it('follows fixes before it by their change in length', () => {
    const fixes = [
      {
        ruleId: 'x',
        severity: 'error' as const,
        start: 0,
        end: 2,
        excerpt: '',
        messageKey: 'proofread' as const,
        replacement: '',
      },
      {
        ruleId: 'y',
        severity: 'error' as const,
        start: 9,
        end: 10,
        excerpt: '',
        messageKey: 'proofread' as const,
        replacement: '——',
      },
    ];
    expect(placesAfterFixes([place(4, 5), place(12, 13)], fixes)).toEqual([place(2, 3), place(11, 12)]);
  });
});
