import { describe, expect, it } from 'vitest';
import { TextPool } from '../../../search/text-pool';

describe('TextPool', () => {
  it('hands every text back unchanged once enough are gathered, and the rest at seal', () => {
    const pool = new TextPool(10);
    const placed: string[] = [];
    const texts = ['安全生产', '', '防汛抗旱工作的通知', '一', 'ＧＤＰ增长'];
    texts.forEach((text, i) => pool.add(text, (pooled) => (placed[i] = pooled)));
    expect(placed.slice(0, 3)).toEqual(texts.slice(0, 3)); // 13 characters ≥ 10: the first three are joined
    expect(placed[3]).toBeUndefined();
    pool.seal();
    expect(placed).toEqual(texts);
  });

  it('keeps a leading byte-order mark, which a decoder would drop', () => {
    const pool = new TextPool(4);
    const placed: string[] = [];
    const texts = ['\ufeff通知', '请示'];
    texts.forEach((text, i) => pool.add(text, (pooled) => (placed[i] = pooled)));
    expect(placed).toEqual(texts);
  });

  it('keeps surrogates exactly, paired or lone, and texts longer than the seal size', () => {
    const pool = new TextPool(4);
    const placed: string[] = [];
    const texts = ['𠀋字', '\ud800孤', '文'.repeat(10), '尾\udc00'];
    texts.forEach((text, i) => pool.add(text, (pooled) => (placed[i] = pooled)));
    pool.seal();
    expect(placed).toEqual(texts);
  });

  it('tells whether texts wait for a join', () => {
    const pool = new TextPool(8);
    expect(pool.pending).toBe(false);
    pool.add('通知', () => undefined);
    expect(pool.pending).toBe(true);
    pool.add('请示报告纪要', () => undefined); // 8 characters: joined at once
    expect(pool.pending).toBe(false);
  });
});
