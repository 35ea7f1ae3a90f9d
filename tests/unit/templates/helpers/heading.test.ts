import { describe, expect, it } from 'vitest';
import { heading } from '../../../../templates/helpers/heading';

describe('heading', () => {
  it('numbers from a 0-based index at each GB/T 9704 level', () => {
    expect([0, 1, 9, 10].map((i) => heading(1, i))).toEqual(['一、', '二、', '十、', '十一、']);
    expect([0, 2, 19].map((i) => heading(2, i))).toEqual(['（一）', '（三）', '（二十）']);
    expect([0, 11].map((i) => heading(3, i))).toEqual(['1.', '12.']);
    expect([0, 4].map((i) => heading(4, i))).toEqual(['（1）', '（5）']);
  });

  it('accepts string levels and indexes as templates pass them', () => {
    expect(heading('2', '1')).toBe('（二）');
  });

  it('rejects unknown levels and bad indexes', () => {
    expect(() => heading(5, 0)).toThrow(/level/);
    expect(() => heading(1, -1)).toThrow(/index/);
    expect(() => heading(1, 'x')).toThrow(/index/);
  });
});
