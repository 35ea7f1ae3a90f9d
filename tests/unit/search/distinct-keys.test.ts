import { describe, expect, it } from 'vitest';
import { DistinctKeys } from '../../../search/distinct-keys';
import { forEachKey } from '../../../search/tokenize';

/** The keys of the texts, each once, in first-seen order: what `collect` must give. */
const reference = (texts: string[]) => {
  const keys = new Set<number>();
  for (const text of texts) forEachKey(text, (key) => keys.add(key));
  return [...keys];
};

describe('DistinctKeys', () => {
  it('gives each key of the texts once, in first-seen order, call after call on its reused buffer', () => {
    const keys = new DistinctKeys();
    const documents = [
      ['关于做好防汛工作的通知', '各地要做好防汛抗旱工作，防汛工作要落实。'],
      ['短', ''],
      ['会议纪要', '会议纪要'.repeat(500)], // a longer text grows the buffer
      ['请示', '防汛'],
    ];
    for (const texts of documents) expect([...keys.collect(texts)]).toEqual(reference(texts));
  });

  it('hands out a view that the next call overwrites, so a caller copies what it keeps', () => {
    const keys = new DistinctKeys();
    const first = keys.collect(['甲乙丙']);
    const kept = [...first];
    keys.collect(['丁戊己']);
    expect(kept).toEqual(reference(['甲乙丙']));
    expect([...first]).not.toEqual(kept);
  });
});
