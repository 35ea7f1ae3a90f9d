import { cnNum } from './cn-num';
import { parseDate } from './parse-date';
import { toText } from '../engine/to-text';

/** Speech dates in numerals: `二〇二六年十一月二十六日` (zero is 〇, never 零 or O). */
export function cnDateUpper(value: unknown): string {
  const date = parseDate(value);
  if (!date) return toText(value);
  const year = [...String(date.year)].map((d) => cnNum(Number(d))).join('');
  return `${year}年${cnNum(date.month)}月${cnNum(date.day)}日`;
}
