import { parseDate } from './parse-date';
import { toText } from '../engine/to-text';

/** 成文日期 style: `2026年11月26日`, Arabic digits, no zero padding. Unreadable input comes back as is. */
export function cnDate(value: unknown): string {
  const date = parseDate(value);
  if (!date) return toText(value);
  return `${date.year}年${date.month}月${date.day}日`;
}
