import type { ProofreadRule } from '../finding';
import { hanPattern } from '../cjk';
import { hitsOf } from '../hits-of';
import { linesOf } from '../lines-of';

const padded = /(?<!\d)(\d{4}年)?(\d{1,2})月(?:(\d{1,2})日)?/g;
const numeric = /(?<![\w.\-/])(\d{4})[.\-/](\d{1,2})[.\-/](\d{1,2})(?![\w.\-/])/g;

const validDay = (month: number, day: number) => month >= 1 && month <= 12 && day >= 1 && day <= 31;

/** 成文日期: 2026年5月6日 — no zero padding, no 2026.5.6 or 2026-5-6 in Chinese text. */
export const dateFormat: ProofreadRule = {
  id: 'date-format',
  severity: 'error',
  messageKeys: ['proofDatePadding', 'proofDateNumeric'],
  check(text) {
    const zeroPadded = hitsOf(text, padded, (match) => {
      const [whole, year = '', month, day] = match;
      if (!month.startsWith('0') && !day?.startsWith('0')) return null;
      const replacement = `${year}${Number(month)}月${day ? `${Number(day)}日` : ''}`;
      return { start: match.index, end: match.index + whole.length, replacement, messageKey: 'proofDatePadding' };
    });
    // Only lines with Chinese in them: a date in an English sentence or a file name is none of our business.
    const chineseLines = linesOf(text).filter((line) => hanPattern.test(line.text));
    const dotted = chineseLines.flatMap((line) =>
      hitsOf(line.text, numeric, (match) => {
        const [whole, year, month, day] = match;
        if (!validDay(Number(month), Number(day))) return null;
        const start = line.start + match.index;
        const replacement = `${year}年${Number(month)}月${Number(day)}日`;
        return { start, end: start + whole.length, replacement, messageKey: 'proofDateNumeric' };
      }),
    );
    return [...zeroPadded, ...dotted];
  },
};
