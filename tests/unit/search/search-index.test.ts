import { describe, expect, it } from 'vitest';
import { SearchIndex } from '../../../search/search-index';
import type { SearchableDraft } from '../../../search/search-types';

let counter = 0;
function draft(fields: Partial<SearchableDraft>): SearchableDraft {
  counter++;
  return {
    id: `d${counter}`,
    title: '',
    body: '',
    kind: '其他',
    tags: [],
    status: '草稿',
    pinned: false,
    updatedAt: counter,
    revision: 1,
    ...fields,
  };
}

function indexOf(...drafts: SearchableDraft[]) {
  const index = new SearchIndex();
  drafts.forEach((d) => index.put(d));
  return index;
}
const ids = (index: SearchIndex, query: string, filters = {}) => [...index.search(query, filters).ids];

describe('search index', () => {
  it('finds Chinese substrings in title and body, and only real substrings', () => {
    const index = indexOf(
      draft({ id: 'a', title: '乡村振兴工作总结', body: '今年以来' }),
      draft({ id: 'b', title: '通知', body: '推进乡村全面振兴' }), // has 乡村 and 振兴, not 乡村振兴
      draft({ id: 'c', title: '报告', body: '关于乡村振兴的调研' }),
    );
    expect(ids(index, '乡村振兴').sort()).toEqual(['a', 'c']);
    expect(ids(index, '振兴').sort()).toEqual(['a', 'b', 'c']);
    expect(ids(index, '城市')).toEqual([]);
  });

  it('matches a single character, mixed Latin/digits case-insensitively, and all terms of a spaced query', () => {
    const index = indexOf(draft({ id: 'a', body: 'GDP增长5.2%，5G基站建设' }), draft({ id: 'b', body: '基层治理' }));
    expect(ids(index, '治')).toEqual(['b']);
    expect(ids(index, 'gdp')).toEqual(['a']);
    expect(ids(index, 'ＧＤＰ增长')).toEqual(['a']);
    expect(ids(index, '5g基站')).toEqual(['a']);
    expect(ids(index, '5.2%')).toEqual(['a']);
    expect(ids(index, 'GDP 基站')).toEqual(['a']);
    expect(ids(index, 'GDP 治理')).toEqual([]);
  });

  it('answers one-character terms from their lists alone, exactly, edits and many terms included', () => {
    const index = indexOf(
      draft({ id: 'a', title: '治', body: '基层' }),
      draft({ id: 'b', body: '基层治理' }),
      draft({ id: 'c', body: '治水' }),
    );
    expect(ids(index, '治')).toEqual(['c', 'b', 'a']);
    expect(ids(index, '治 基')).toEqual(['b', 'a']);
    expect(ids(index, '基 层治')).toEqual(['b']);
    index.put(draft({ id: 'c', body: '防汛' })); // its old slot still lists 治, as a tombstone
    expect(ids(index, '治')).toEqual(['b', 'a']);
    expect(index.search('治').hit(1).titleRanges).toEqual([[0, 1]]);
  });

  it('checks every term in the text when some lists are left out of the intersection', () => {
    // Nine keys: the eight one-draft lists are intersected, 甲's (the longest) is not, so 'a' is a
    // candidate without 甲, and only reading its text rules it out.
    const index = indexOf(
      draft({ id: 'a', body: '基层治理水防汛期到' }),
      ...['b', 'c', 'd'].map((id) => draft({ id, body: '甲' })),
    );
    expect(ids(index, '基 层 治 理 水 防 汛期到')).toEqual(['a']);
    expect(ids(index, '基 层 治 理 水 防 汛期到 甲')).toEqual([]);
  });

  it('returns nothing for a query longer than any text', () => {
    const index = indexOf(draft({ title: '短', body: '很短' }));
    expect(ids(index, '很短很短很短很短')).toEqual([]);
    expect(ids(index, '很短的一段比正文长得多的查询')).toEqual([]);
  });

  it('ranks pinned first, then newest', () => {
    const index = indexOf(
      draft({ id: 'old', body: '会议', updatedAt: 1 }),
      draft({ id: 'pinned-old', body: '会议', updatedAt: 2, pinned: true }),
      draft({ id: 'new', body: '会议', updatedAt: 5 }),
    );
    expect(ids(index, '会议')).toEqual(['pinned-old', 'new', 'old']);
    expect(ids(index, '')).toEqual(['pinned-old', 'new', 'old']);
  });

  it('filters by kind, tag, status, time range, and excludes the trash unless asked', () => {
    const index = indexOf(
      draft({ id: 'a', body: '工作', kind: '通知', tags: ['重点'], status: '定稿', updatedAt: 100 }),
      draft({ id: 'b', body: '工作', kind: '请示', tags: [], status: '草稿', updatedAt: 200 }),
      draft({ id: 'c', body: '工作', kind: '通知', status: '草稿', updatedAt: 300, deletedAt: 310 }),
    );
    expect(ids(index, '工作')).toEqual(['b', 'a']);
    expect(ids(index, '工作', { kind: '通知' })).toEqual(['a']);
    expect(ids(index, '工作', { tag: '重点' })).toEqual(['a']);
    expect(ids(index, '工作', { status: '草稿' })).toEqual(['b']);
    expect(ids(index, '工作', { updatedFrom: 150, updatedTo: 250 })).toEqual(['b']);
    expect(ids(index, '工作', { updatedFrom: 100, updatedTo: 100 })).toEqual(['a']);
    expect(ids(index, '工作', { trash: 'only' })).toEqual(['c']);
    expect(ids(index, '工作', { trash: 'include' })).toEqual(['c', 'b', 'a']);
  });

  it('gives highlight ranges in the original text and a snippet around the first body match', () => {
    const body = `${'前'.repeat(100)}推进GDP增长，gdp${'后'.repeat(100)}`;
    const index = indexOf(draft({ id: 'a', title: 'GDP报告：gdp', body }));
    const hit = index.search('gdp').hit(0);
    expect(hit.titleRanges).toEqual([
      [0, 3],
      [6, 9],
    ]);
    expect(hit.bodyRanges).toEqual([
      [102, 105],
      [108, 111],
    ]);
    expect(body.slice(102, 105)).toBe('GDP');
    const { text, start, ranges } = hit.snippet;
    expect(text.length).toBeLessThanOrEqual(80);
    expect(ranges.map(([from, to]) => text.slice(from, to))).toEqual(['GDP', 'gdp']);
    expect(body.slice(start, start + text.length)).toBe(text);
  });

  it('merges overlapping matches of several terms', () => {
    const index = indexOf(draft({ id: 'a', body: '乡村振兴' }));
    expect(index.search('乡村 村振').hit(0).bodyRanges).toEqual([[0, 3]]);
  });

  it('replaces a draft on update and forgets it on remove', () => {
    const index = indexOf(draft({ id: 'a', body: '旧的内容', revision: 1 }));
    index.put(draft({ id: 'a', body: '新的内容', revision: 2 }));
    expect(ids(index, '旧的')).toEqual([]);
    expect(ids(index, '新的')).toEqual(['a']);
    index.remove('a');
    expect(ids(index, '内容')).toEqual([]);
    expect(index.size).toBe(0);
  });

  it('stops at the limit and reports that there is more', () => {
    const index = indexOf(...Array.from({ length: 5 }, () => draft({ body: '材料' })));
    const result = index.search('材料', {}, { limit: 3 });
    expect(result.ids).toHaveLength(3);
    expect(result.hasMore).toBe(true);
    expect(index.search('材料', {}, { limit: 5 }).hasMore).toBe(false);
  });

  it('keeps a 1 MB draft searchable with bounded highlight work', () => {
    const big = '工作推进'.repeat(250_000) + '尾部独有';
    const index = indexOf(draft({ id: 'big', body: big }), draft({ id: 'small', body: '工作' }));
    const started = performance.now();
    const result = index.search('工作');
    expect(performance.now() - started).toBeLessThan(500);
    expect(result.hit(result.ids.indexOf('big')).bodyRanges).toHaveLength(200);
    expect(ids(index, '尾部独有')).toEqual(['big']);
  });
});

describe('search index tombstones', () => {
  it('stays correct across many updates that trigger sweeps', () => {
    const index = new SearchIndex(10);
    for (let i = 0; i < 50; i++) index.put(draft({ id: 'a', body: `第${i}次修改`, revision: i + 1 }));
    index.put(draft({ id: 'b', body: '第3次修改' }));
    expect(ids(index, '第49次')).toEqual(['a']);
    expect(ids(index, '第3次')).toEqual(['b']);
    expect(ids(index, '修改')).toEqual(['b', 'a']);
  });

  it('leaves the sweep after removals to the caller, and says when it is due', () => {
    const index = new SearchIndex(10);
    for (let i = 0; i < 20; i++) index.put(draft({ id: `d${i}`, body: `第${i}份材料的正文内容` }));
    for (let i = 0; i < 15; i++) index.remove(`d${i}`);
    expect(index.sweepDue).toBe(true);
    expect(ids(index, '材料').sort()).toEqual(['d15', 'd16', 'd17', 'd18', 'd19']);
    let steps = 0;
    for (const _ of index.compact()) steps++;
    expect(steps).toBeGreaterThan(0);
    expect(index.sweepDue).toBe(false);
    expect(ids(index, '材料').sort()).toEqual(['d15', 'd16', 'd17', 'd18', 'd19']);
  });
});

describe('SearchIndex.load', () => {
  it('finds and shows loaded bodies even before compact joins the last of them', () => {
    const index = new SearchIndex();
    for (const _ of index.load(draft({ id: 'a', body: '安全生产ＧＤＰ' })));
    for (const _ of index.load(draft({ id: 'b', body: '营商环境' })));
    const result = index.search('gdp');
    expect(result.ids).toEqual(['a']);
    expect(result.hit(0).snippet.text).toBe('安全生产ＧＤＰ');
    expect(index.search('营商').hit(0).snippet.text).toBe('营商环境');
  });
});
