import type { ProofreadRule } from '../finding';
import { hitsOf, wholeMatch } from '../hits-of';

const toHalfWidth = (digits: string) =>
  digits.replace(/[０-９]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0));

/** ２０２６ → 2026: numbers in 公文 are half-width. */
export const fullwidthDigits: ProofreadRule = {
  id: 'fullwidth-digits',
  severity: 'error',
  messageKeys: ['proofFullwidthDigits'],
  check(text) {
    return hitsOf(text, /[０-９]+/g, (match) => wholeMatch(match, toHalfWidth(match[0])));
  },
};
