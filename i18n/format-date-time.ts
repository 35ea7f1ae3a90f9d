import type { Locale } from './locale';

/**
 * A date and time as the draft list, the trash and the history show them, in the UI language: 2024/1/5 14:05
 * (zh_CN), 2024/1/5 下午2:05 (zh_TW), 1/5/24, 2:05 PM (en); with seconds when `seconds` is set.
 *
 * Written by hand on purpose: the first Intl.DateTimeFormat a page builds loads ICU's date patterns, which
 * cost 30–150 ms on the panel's main thread before its first paint (README "Performance"). The three
 * formats follow CLDR's short date and time for each language (a unit test compares them with Intl).
 */
export function formatDateTime(locale: Locale, time: number | Date, seconds = false): string {
  const date = new Date(time);
  const minute = String(date.getMinutes()).padStart(2, '0');
  const second = seconds ? `:${String(date.getSeconds()).padStart(2, '0')}` : '';
  const hour = date.getHours();
  const hour12 = hour % 12 === 0 ? 12 : hour % 12;
  const month = date.getMonth() + 1;
  const day = date.getDate();
  switch (locale) {
    case 'zh_CN':
      return `${date.getFullYear()}/${month}/${day} ${String(hour).padStart(2, '0')}:${minute}${second}`;
    case 'zh_TW':
      return `${date.getFullYear()}/${month}/${day} ${hour < 12 ? '上午' : '下午'}${hour12}:${minute}${second}`;
    case 'en':
      return `${month}/${day}/${String(date.getFullYear() % 100).padStart(2, '0')}, ${hour12}:${minute}${second} ${hour < 12 ? 'AM' : 'PM'}`;
  }
}
