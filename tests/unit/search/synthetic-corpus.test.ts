import { describe, expect, it } from 'vitest';
import { measureSearch } from '../../../search/measure-search';
import { SearchIndex } from '../../../search/search-index';
import { buildSyntheticCorpus } from '../../../search/synthetic-corpus';

describe('synthetic corpus for the benchmark', () => {
  it('is deterministic for a seed and has bodies of about the requested length', () => {
    const [a, b] = [buildSyntheticCorpus(20), buildSyntheticCorpus(20)];
    expect(a).toEqual(b);
    expect(buildSyntheticCorpus(20, { seed: 2 })).not.toEqual(a);
    expect(a.every((d) => d.body.length >= 2_000 && d.body.length < 2_020)).toBe(true);
    expect(new Set(a.map((d) => d.id)).size).toBe(20);
  });

  it('yields queries with hits that the measuring helper can time', () => {
    const index = new SearchIndex();
    buildSyntheticCorpus(200).forEach((d) => index.put(d));
    const timings = measureSearch(index, [{ query: '乡村振兴' }, { query: '完全不存在的词语' }], 3);
    expect(timings.map((t) => t.hits)).toEqual([50, 0]);
    expect(timings.every((t) => t.medianMs >= 0 && t.maxMs >= t.medianMs)).toBe(true);
  });
});
