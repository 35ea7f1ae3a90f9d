import { describe, expect, it } from 'vitest';
import { sentence } from '../../../../templates/helpers/sentence';

describe('sentence', () => {
  it('ends a text with exactly one 。', () => {
    expect(sentence('市政府决定开展检查')).toBe('市政府决定开展检查。');
    expect(sentence('市政府决定开展检查。')).toBe('市政府决定开展检查。');
    expect(sentence('市政府决定开展检查，')).toBe('市政府决定开展检查。');
    expect(sentence('  市政府决定开展检查；  ')).toBe('市政府决定开展检查。');
  });

  it('keeps a sentence already ending in ！？ or a closing quotation', () => {
    expect(sentence('这是为什么？')).toBe('这是为什么？');
    expect(sentence('他说：“马上办。”')).toBe('他说：“马上办。”');
  });

  it('only strips when end is empty, for text the sentence continues after', () => {
    expect(sentence('深入了解发展现状。', { end: '' })).toBe('深入了解发展现状');
    expect(sentence('深入了解发展现状，', { end: '' })).toBe('深入了解发展现状');
  });

  it('touches only the last line and leaves placeholders and nothing alone', () => {
    expect(sentence('第一段。\n第二段')).toBe('第一段。\n第二段。');
    expect(sentence('【待填：发文缘由】')).toBe('【待填：发文缘由】');
    expect(sentence('')).toBe('');
    expect(sentence(undefined)).toBe('');
  });
});
