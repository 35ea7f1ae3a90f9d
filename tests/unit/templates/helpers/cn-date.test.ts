import { describe, expect, it } from 'vitest';
import { cnDate } from '../../../../templates/helpers/cn-date';

describe('cnDate', () => {
  it.each([
    ['2026-11-26', '2026年11月26日'],
    ['2026-05-06', '2026年5月6日'],
    ['2026/5/6', '2026年5月6日'],
    ['2026.12.01', '2026年12月1日'],
    [' 2026年05月06日 ', '2026年5月6日'],
    ['2024-02-29', '2024年2月29日'],
  ])('%s → %s', (input, expected) => expect(cnDate(input)).toBe(expected));

  it.each(['2026-02-30', '2026-13-01', '26-11-26', 'next week', '【待填：成文日期】', ''])(
    'returns %j unchanged',
    (input) => expect(cnDate(input)).toBe(input),
  );

  it('renders nothing for null and undefined', () => {
    expect(cnDate(undefined)).toBe('');
    expect(cnDate(null)).toBe('');
  });
});
