import type { ProofreadRule } from '../finding';
import { hitsOf } from '../hits-of';

/**
 * 1.2亿元.比上年 → 1.2亿元。比上年, 等等... → 等等……: an ASCII full stop or ellipsis after Chinese. A decimal
 * point (1.2) follows a digit and is left alone, as is a file name or address (附件.docx).
 */
const pattern = /(?<=[\p{Script=Han}”’）》])(\.{2,6}|\.)(?![.A-Za-z0-9])/gu;

export const asciiPeriod: ProofreadRule = {
  id: 'ascii-period',
  severity: 'error',
  messageKeys: ['proofAsciiPeriod'],
  check(text) {
    return hitsOf(text, pattern, (match) => ({
      start: match.index,
      end: match.index + match[0].length,
      replacement: match[0].length === 1 ? '。' : '……',
    }));
  },
};
