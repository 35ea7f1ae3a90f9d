import type { ProofreadRule } from '../finding';
import { isHan } from '../cjk';
import { hitsOf } from '../hits-of';

/**
 * Two numbers joined by a hyphen or ASCII tilde, not part of a longer chain (a date) and not starting
 * with 0 (a telephone area code).
 */
const pattern = /(?<![\d.\-－~/])(?!0\d)(\d+(?:\.\d+)?)([-－~])(?!0\d)(\d+(?:\.\d+)?)(?![\d.\-－~/])/g;

/** 2013-2015年 → 2013—2015年 (years: em dash), 3-5年 → 3～5年 (quantities: wave dash). */
export const numberRange: ProofreadRule = {
  id: 'number-range',
  severity: 'error',
  messageKeys: ['proofNumberRange'],
  check(text) {
    return hitsOf(text, pattern, (match) => {
      const [whole, from, , to] = match;
      const end = match.index + whole.length;
      const next = text[end];
      // A unit right after the range is what makes it a Chinese-text range rather than a code or id.
      if (!isHan(next) && next !== '%') return null;
      const years = from.length === 4 && to.length === 4 && next === '年';
      const start = match.index + from.length;
      return { start, end: start + 1, replacement: years ? '—' : '～' };
    });
  },
};
