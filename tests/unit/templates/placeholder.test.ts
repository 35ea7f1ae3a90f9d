import { describe, expect, it } from 'vitest';
import { countPlaceholders, isPlaceholder, placeholder } from '../../../templates/placeholder';

describe('placeholder', () => {
  it('marks a missing value visibly', () => {
    expect(placeholder('完成率')).toBe('【待填：完成率】');
  });

  it('recognises only a whole placeholder', () => {
    expect(isPlaceholder('【待填：完成率】')).toBe(true);
    expect(isPlaceholder('约【待填：完成率】')).toBe(false);
    expect(isPlaceholder('【待填：甲】【待填：乙】')).toBe(false);
    expect(isPlaceholder(5)).toBe(false);
  });

  it('counts placeholders in a text', () => {
    expect(countPlaceholders('【待填：甲】和【待填：乙】')).toBe(2);
    expect(countPlaceholders('无')).toBe(0);
  });
});
