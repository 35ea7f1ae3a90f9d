import { describe, expect, it, vi } from 'vitest';
import { SearchIndex } from '../../../search/search-index';
import { buildSyntheticCorpus } from '../../../search/synthetic-corpus';

const highlight = vi.hoisted(() => ({ snippets: 0 }));
vi.mock('../../../search/highlight', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../../search/highlight')>();
  return {
    ...original,
    makeSnippet: (...args: Parameters<typeof original.makeSnippet>) => {
      highlight.snippets++;
      return original.makeSnippet(...args);
    },
  };
});

describe('search results', () => {
  const index = new SearchIndex();
  buildSyntheticCorpus(600, { bodyLength: 300 }).forEach((draft) => index.put(draft));

  it('are a ranked id list; a row gets its highlights and snippet only when asked for, once', () => {
    highlight.snippets = 0;
    const result = index.search('工作', {}, { limit: 5000 });
    expect(result.ids.length).toBeGreaterThan(500);
    expect(highlight.snippets).toBe(0);
    const row = result.hit(3);
    expect(row.id).toBe(result.ids[3]);
    expect(row.snippet.ranges.length).toBeGreaterThan(0);
    expect(result.hit(3)).toBe(row);
    expect(highlight.snippets).toBe(1);
  });

  it('rank pinned drafts first, then the newest, and follow a change in rank', () => {
    const result = index.search('', {}, { limit: 5000 });
    const rows = result.ids.map((_, i) => result.hit(i));
    const firstUnpinned = rows.findIndex((row) => !row.pinned);
    expect(rows.slice(firstUnpinned).every((row) => !row.pinned)).toBe(true);
    const unpinned = rows.slice(firstUnpinned);
    expect(unpinned.every((row, i) => i === 0 || unpinned[i - 1].updatedAt >= row.updatedAt)).toBe(true);
    const [oldest] = buildSyntheticCorpus(1, { bodyLength: 300 });
    index.put({ ...oldest, updatedAt: Date.UTC(2030, 0, 1), revision: 2, pinned: false });
    expect(index.search('', {}, { limit: 5000 }).ids[firstUnpinned]).toBe(oldest.id);
  });
});
