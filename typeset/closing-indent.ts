import { textWidth } from './text-width';

/** 成文日期 右空四字 (GB/T 9704 7.3.5.1). */
export const dateRightChars = 4;

/**
 * The 落款 (issuing unit) is centred on the 成文日期 below it: its right indent in characters is the
 * date's 4 plus half the difference of their widths, never negative (a long name ends at the margin).
 */
export function signatureRightChars(name: string, date: string | undefined): number {
  if (date === undefined) return dateRightChars;
  return Math.max(0, dateRightChars + (textWidth(date) - textWidth(name)) / 2);
}

/** The right indent in characters of a 落款 or 成文日期 paragraph; 0 for every other role. */
export function closingRightChars(paragraph: { role: string; text: string }, date: string | undefined): number {
  if (paragraph.role === 'date') return dateRightChars;
  return paragraph.role === 'signature' ? signatureRightChars(paragraph.text, date) : 0;
}
