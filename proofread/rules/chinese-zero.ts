import type { ProofreadRule } from '../finding';
import { hitsOf, wholeMatch } from '../hits-of';

/** A 0, O, Ｏ or ○ standing between Chinese numerals (二0二六年) where 〇 (U+3007) belongs. */
const pattern = /(?<=[一二三四五六七八九〇])[0OＯ０○]+(?=[一二三四五六七八九〇年])/g;

export const chineseZero: ProofreadRule = {
  id: 'chinese-zero',
  severity: 'error',
  messageKeys: ['proofChineseZero'],
  check(text) {
    return hitsOf(text, pattern, (match) => wholeMatch(match, '〇'.repeat(match[0].length)));
  },
};
