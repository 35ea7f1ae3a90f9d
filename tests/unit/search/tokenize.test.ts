import { describe, expect, it } from 'vitest';
import { foldText } from '../../../search/fold-text';
import { bigramKey, forEachKey, termKeys, unigramKey } from '../../../search/tokenize';

const code = (ch: string) => ch.charCodeAt(0);
const bigram = (pair: string) => bigramKey(code(pair[0]), code(pair[1]));
const keysOf = (text: string) => {
  const keys: number[] = [];
  forEachKey(foldText(text), (key) => keys.push(key));
  return keys;
};

describe('tokenizer', () => {
  it('cuts Chinese into overlapping character pairs, plus single characters', () => {
    expect(termKeys('乡村振兴')).toEqual([bigram('乡村'), bigram('村振'), bigram('振兴')]);
    expect(keysOf('振兴')).toEqual([unigramKey(code('振')), unigramKey(code('兴')), bigram('振兴')]);
  });

  it('breaks runs at punctuation and spaces, so no pair spans a comma', () => {
    expect(termKeys('工作，落实')).toEqual([bigram('工作'), bigram('落实')]);
    expect(keysOf('工作， 落实')).not.toContain(bigram('作落'));
    expect(keysOf('作，落')).toEqual([unigramKey(code('作')), unigramKey(code('落'))]);
  });

  it('lowercases Latin letters and folds full-width letters and digits, keeping lengths', () => {
    expect(foldText('GDP增长ＡＩ５Ｇ')).toBe('gdp增长ai5g');
    expect(foldText('ＧＤＰ，')).toHaveLength(4);
    expect(termKeys(foldText('5G网络'))).toEqual([bigram('5g'), bigram('g网'), bigram('网络')]);
    expect(termKeys(foldText('2024年'))).toContain(bigram('4年'));
  });

  it('uses the single character as key for a one-character query', () => {
    expect(termKeys('治')).toEqual([unigramKey(code('治'))]);
    expect(termKeys('a')).toEqual([unigramKey(code('a'))]);
  });

  it('gives no key for a query without word characters, and distinct keys only', () => {
    expect(termKeys('，。！')).toEqual([]);
    expect(termKeys('哈哈哈哈')).toEqual([bigram('哈哈')]);
  });

  it('keeps ideographic 〇 and 々 as word characters', () => {
    expect(termKeys('二〇二四')).toEqual([bigram('二〇'), bigram('〇二'), bigram('二四')]);
  });
});
