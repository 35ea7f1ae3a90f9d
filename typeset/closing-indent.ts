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
