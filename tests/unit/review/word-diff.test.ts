import { describe, expect, it } from 'vitest';
import { segmentWords } from '../../../review/segment-words';
import { wordDiff } from '../../../review/word-diff';

describe('segmentWords', () => {
  it('splits Chinese into words, not only characters, and keeps every character', () => {
    const text = '进一步加强办公室工作2026年';
    const words = segmentWords(text);
    expect(words.join('')).toBe(text);
    expect(words.length).toBeLessThan(Array.from(text).length);
  });
});

describe('wordDiff', () => {
  it('marks the changed words only', () => {
    const parts = wordDiff('我们认真完成了工作任务。', '我们圆满完成了工作任务。');
    expect(
      parts
        .filter((p) => p.kind === 'same')
        .map((p) => p.text)
        .join(''),
    ).toContain('完成了工作任务。');
    expect(parts.find((p) => p.kind === 'removed')?.text).toContain('认真');
    expect(parts.find((p) => p.kind === 'added')?.text).toContain('圆满');
  });

  it('rebuilds both texts from its parts', () => {
    const before = '一、基本情况\n全年完成95%。';
    const after = '一、总体情况\n全年完成98%，超额完成。';
    const parts = wordDiff(before, after);
    expect(
      parts
        .filter((p) => p.kind !== 'added')
        .map((p) => p.text)
        .join(''),
    ).toBe(before);
    expect(
      parts
        .filter((p) => p.kind !== 'removed')
        .map((p) => p.text)
        .join(''),
    ).toBe(after);
  });

  it('returns one same part for identical texts and nothing for two empty ones', () => {
    expect(wordDiff('相同', '相同')).toEqual([{ kind: 'same', text: '相同' }]);
    expect(wordDiff('', '')).toEqual([]);
  });
});
