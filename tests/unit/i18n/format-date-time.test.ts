import { describe, expect, it } from 'vitest';
import { formatDateTime } from '../../../i18n/format-date-time';

// Times spread over years, months, days, and every hour of the day (midnight and noon included).
const times = Array.from(
  { length: 400 },
  (_, i) => new Date(2019 + (i % 9), i % 12, 1 + (i % 28), i % 24, (i * 7) % 60, (i * 13) % 60),
);

/** What Intl gives, with the narrow no-break space newer ICU puts before AM/PM read as a space. */
const formats = new Map<string, Intl.DateTimeFormat>();
const intl = (tag: string, timeStyle: 'short' | 'medium', time: Date) => {
  const key = `${tag}/${timeStyle}`;
  if (!formats.has(key)) formats.set(key, new Intl.DateTimeFormat(tag, { dateStyle: 'short', timeStyle }));
  return formats
    .get(key)!
    .format(time)
    .replace(/\u202f/g, ' ');
};

describe('formatDateTime', () => {
  it('writes zh_CN and en exactly as Intl.DateTimeFormat does (short date, short or medium time)', () => {
    for (const time of times) {
      expect(formatDateTime('zh_CN', time)).toBe(intl('zh-CN', 'short', time));
      expect(formatDateTime('zh_CN', time, true)).toBe(intl('zh-CN', 'medium', time));
      expect(formatDateTime('en', time)).toBe(intl('en', 'short', time));
      expect(formatDateTime('en', time, true)).toBe(intl('en', 'medium', time));
    }
  });

  it('writes zh_TW with 上午/下午 and a 12-hour clock, midnight and noon as 12', () => {
    expect(formatDateTime('zh_TW', new Date(2024, 0, 5, 14, 5, 9))).toBe('2024/1/5 下午2:05');
    expect(formatDateTime('zh_TW', new Date(2024, 10, 25, 0, 45, 9), true)).toBe('2024/11/25 上午12:45:09');
    expect(formatDateTime('zh_TW', new Date(2024, 10, 25, 12, 0, 0))).toBe('2024/11/25 下午12:00');
    expect(formatDateTime('zh_TW', new Date(2024, 10, 25, 9, 30, 0))).toBe('2024/11/25 上午9:30');
  });

  it('takes epoch milliseconds as well as a Date, in local time', () => {
    const time = new Date(2026, 11, 1, 8, 3);
    expect(formatDateTime('zh_CN', time.getTime())).toBe('2026/12/1 08:03');
  });
});
