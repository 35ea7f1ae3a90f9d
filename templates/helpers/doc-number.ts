import { isPlaceholder } from '../placeholder';
import { toText } from '../engine/to-text';

const yearPattern = /^[〔［[【（(]?\s*(\d{4})\s*[〕］\]】）)]?$/;

/**
 * 发文字号: `国办发〔2026〕12号`, with hexagonal brackets, a full year, no 第 and no zero padding.
 * Either three parts (`{{docNumber agency year seq}}`) or one number to tidy (`国办发[2026]012号`).
 * Parts that cannot be read, including placeholders, are kept as given rather than guessed.
 */
export function docNumber(...parts: unknown[]): string {
  const text = parts.map((p) => toText(p).trim());
  if (text.length === 1) return tidy(text[0]);
  const [agency = '', year = '', seq = ''] = text;
  return `${agency}〔${normaliseYear(year)}〕${normaliseSeq(seq)}号`;
}

function tidy(whole: string): string {
  if (isPlaceholder(whole)) return whole;
  const match = /^(.*?)[〔［[【（(]\s*(\d{4})\s*[〕］\]】）)]\s*第?\s*(\d+)\s*号?$/.exec(whole);
  return match ? `${match[1]}〔${match[2]}〕${Number(match[3])}号` : whole;
}

function normaliseYear(year: string): string {
  return yearPattern.exec(year)?.[1] ?? year;
}

function normaliseSeq(seq: string): string {
  const match = /^第?\s*(\d+)\s*号?$/.exec(seq);
  return match ? String(Number(match[1])) : seq;
}
