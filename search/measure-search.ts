import type { SearchIndex } from './search-index';
import type { SearchFilters } from './search-types';

/** From "in every draft" to "in none", one character to a long phrase, with and without filters. */
export const benchmarkQueries: readonly { query: string; filters?: SearchFilters }[] = [
  { query: '工作' },
  { query: '乡村振兴' },
  { query: '营商环境 数字政府' },
  { query: '治' },
  { query: 'gdp' },
  { query: '作风建设推进落实' },
  { query: '完全不存在的词语' },
  { query: '' },
  { query: '安全', filters: { kind: '通知', status: '定稿' } },
];

export interface QueryTiming {
  query: string;
  medianMs: number;
  maxMs: number;
  hits: number;
}

/** Runs each query `runs` times on a built index; pure (performance.now only), for a page or Node. */
export function measureSearch(index: SearchIndex, queries = benchmarkQueries, runs = 21): QueryTiming[] {
  return queries.map(({ query, filters }) => {
    const times: number[] = [];
    let hits = 0;
    for (let i = 0; i < runs; i++) {
      const started = performance.now();
      hits = index.search(query, filters).ids.length;
      times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    return { query, medianMs: times[Math.floor(runs / 2)], maxMs: times[runs - 1], hits };
  });
}
