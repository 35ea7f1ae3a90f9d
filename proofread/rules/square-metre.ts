import type { ProofreadRule } from '../finding';
import { hitsOf, wholeMatch } from '../hits-of';

/** 120平米 → 120平方米: 平米 is speech; only after an amount, so no word that merely contains 平米 is touched. */
export const squareMetre: ProofreadRule = {
  id: 'square-metre',
  severity: 'error',
  messageKeys: ['proofSquareMetre'],
  check(text) {
    return hitsOf(text, /(?<=[\d一二两三四五六七八九十百千万亿多余])平米/g, (match) => wholeMatch(match, '平方米'));
  },
};
