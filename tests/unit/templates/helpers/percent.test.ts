import { describe, expect, it } from 'vitest';
import { percent } from '../../../../templates/helpers/percent';

describe('percent', () => {
  it.each([
    ['95', '95%'],
    ['95%', '95%'],
    ['95％', '95%'],
    ['95.5', '95.5%'],
    ['0.95', '95%'],
    ['0.955', '95.5%'],
    ['1.0', '100%'],
    ['1', '1%'],
    ['0.5%', '0.5%'],
    [0.25, '25%'],
    [120, '120%'],
  ])('%j → %s', (input, expected) => expect(percent(input)).toBe(expected));

  it.each(['约九成', '95 percent', '【待填：完成率】'])('returns %j unchanged', (input) =>
    expect(percent(input)).toBe(input),
  );
});
