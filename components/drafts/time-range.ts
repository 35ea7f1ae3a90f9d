import type { MessageKey } from '../../i18n/messages';

export const timeRanges = ['7d', '30d', 'year'] as const;
export type TimeRange = (typeof timeRanges)[number];

export const timeRangeLabels: Record<TimeRange, MessageKey> = { '7d': 'time7d', '30d': 'time30d', year: 'timeYear' };

const day = 24 * 60 * 60 * 1000;

/** The earliest update time a range admits, from the injected clock (local calendar year for 今年). */
export function updatedFromFor(range: TimeRange, now: number): number {
  if (range === '7d') return now - 7 * day;
  if (range === '30d') return now - 30 * day;
  return new Date(new Date(now).getFullYear(), 0, 1).getTime();
}
