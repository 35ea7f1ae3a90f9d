import type { ProofreadRule, RuleHit } from '../finding';
import { isCjk } from '../cjk';
import { hitsOf } from '../hits-of';

/** A horizontal bar (U+2015, from old fonts and PDFs), a doubled hyphen or an em dash. */
const pattern = /―{1,2}|-{2}|—/g;
const number = /[\d〇一二三四五六七八九十百千万]/;
/** After the second number: a time (1997年4—6月, 2018—2035年) takes the 一字线 —, a quantity the ～. */
const timeUnit = /^[\d.]*(?:年|月|日|时|点|号|世纪|季度|周)/;
/** Two years (2018—2035) are a time range even without 年. */
const years = (before: string, after: string) => /(?<!\d)[12]\d{3}$/.test(before) && /^[12]\d{3}(?!\d)/.test(after);

/**
 * GB/T 15834-2011 4.13 连接号: 时间、地域的起止用一字线“—”，数值范围用浪纹线“～”. ― (U+2015) and -- are
 * no 公文 marks at all: they become — (or ～ for a quantity, —— for a dash between words). An em dash
 * between quantities (1—5毫米) is only suggested as ～: documents before 2011 wrote it so, and 至 also reads well.
 */
export const rangeConnector: ProofreadRule = {
  id: 'range-connector',
  severity: 'error',
  messageKeys: ['proofRangeConnector'],
  check(text) {
    return hitsOf(text, pattern, (match): RuleHit | null => {
      const start = match.index;
      const end = start + match[0].length;
      const before = text[start - 1] ?? '';
      // A few characters either side decide; slicing the whole rest would cost a copy per dash.
      const after = text.slice(end, end + 12);
      const between = number.test(before) && number.test(after[0] ?? '');
      const time =
        timeUnit.test(after) || /[年月日]/.test(before) || years(text.slice(Math.max(0, start - 5), start), after);
      if (match[0] === '—') {
        if (!between || time || !/\d/.test(before)) return null;
        return { start, end, replacement: '～', severity: 'suggestion' };
      }
      if (between) return { start, end, replacement: time ? '—' : '～' };
      if (/[年月日]/.test(before) && number.test(after[0] ?? '')) return { start, end, replacement: '—' };
      if (!isCjk(before) && !isCjk(after[0])) return null;
      return { start, end, replacement: match[0] === '―' ? '—' : '——' };
    });
  },
};
