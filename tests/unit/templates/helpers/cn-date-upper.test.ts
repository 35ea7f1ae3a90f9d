import { describe, expect, it } from 'vitest';
import { cnDateUpper } from '../../../../templates/helpers/cn-date-upper';

describe('cnDateUpper', () => {
  it.each([
    ['2026-11-26', '二〇二六年十一月二十六日'],
    ['2030-01-10', '二〇三〇年一月十日'],
    ['2026-5-20', '二〇二六年五月二十日'],
    ['2026年10月31日', '二〇二六年十月三十一日'],
  ])('%s → %s', (input, expected) => expect(cnDateUpper(input)).toBe(expected));

  it('never writes zero as 零 or the letter O', () => {
    expect(cnDateUpper('2000-10-10')).toBe('二〇〇〇年十月十日');
  });

  it('returns invalid input and placeholders unchanged', () => {
    expect(cnDateUpper('2026-02-31')).toBe('2026-02-31');
    expect(cnDateUpper('【待填：讲话日期】')).toBe('【待填：讲话日期】');
  });
});
