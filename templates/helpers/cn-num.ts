import { toText } from '../engine/to-text';

const digits = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/**
 * 0–99 in Chinese numerals as headings and dates use them: 十, 十一, 二十, 二十一; zero is 〇.
 * Anything else (negative, fractional, ≥100, not a number) is returned as given: headings past 九十九
 * do not occur, and guessing a reading would be worse than showing the input.
 */
export function cnNum(value: unknown): string {
  const n =
    typeof value === 'number' ? value : typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : NaN;
  if (!Number.isInteger(n) || n < 0 || n > 99) return toText(value);
  if (n < 10) return digits[n];
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : digits[tens]}十${ones === 0 ? '' : digits[ones]}`;
}
