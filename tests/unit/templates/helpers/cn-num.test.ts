import { describe, expect, it } from 'vitest';
import { cnNum } from '../../../../templates/helpers/cn-num';

describe('cnNum', () => {
  it.each([
    [0, '〇'],
    [1, '一'],
    [9, '九'],
    [10, '十'],
    [11, '十一'],
    [19, '十九'],
    [20, '二十'],
    [21, '二十一'],
    [99, '九十九'],
    ['12', '十二'],
  ])('%j → %s', (input, expected) => expect(cnNum(input)).toBe(expected));

  it.each([100, -1, 1.5, 'abc', '【待填：序号】'])('returns %j as given', (input) =>
    expect(cnNum(input)).toBe(String(input)),
  );
});
