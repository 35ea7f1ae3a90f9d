import { describe, expect, it } from 'vitest';
import { intersectPostings } from '../../../search/postings';

describe('intersectPostings', () => {
  it('intersects sorted lists of any lengths', () => {
    const evens = Array.from({ length: 1000 }, (_, i) => i * 2);
    const threes = Array.from({ length: 700 }, (_, i) => i * 3);
    expect(intersectPostings([evens, threes, [6, 7, 600, 1998, 5000]])).toEqual([6, 600, 1998]);
    expect(intersectPostings([evens, threes]).length).toBe(334);
  });

  it('is empty when any list is empty or there are no lists', () => {
    expect(intersectPostings([[1, 2], []])).toEqual([]);
    expect(intersectPostings([])).toEqual([]);
  });
});
