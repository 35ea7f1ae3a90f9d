export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/**
 * Read the dates people type or date inputs produce: 2026-11-26, 2026/11/26, 2026.11.26,
 * 2026年11月26日 (zero padding allowed). Returns undefined unless it is a real calendar day,
 * so 2026-02-30 is not silently turned into March.
 */
export function parseDate(value: unknown): CalendarDate | undefined {
  if (typeof value !== 'string') return undefined;
  const match = /^\s*(\d{4})\s*(?:[-/.]|年)\s*(\d{1,2})\s*(?:[-/.]|月)\s*(\d{1,2})\s*日?\s*$/.exec(value);
  if (!match) return undefined;
  const [year, month, day] = match.slice(1).map(Number);
  const probe = new Date(Date.UTC(year, month - 1, day));
  const real = probe.getUTCFullYear() === year && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
  return real ? { year, month, day } : undefined;
}
