import type { ProofreadRule } from '../finding';
import { hitsOf } from '../hits-of';

const numerals = '一二三四五六七八九十';
const pattern = /([一二三四五六七八九])、([二三四五六七八九十])(?=[天日年月周个人次岁名家项件倍万千百位里元])(?!年级)/g;

/**
 * 三、五天 → 三五天: neighbouring numerals for an approximate amount take no 顿号. Only close numerals
 * (三四, 三五) followed by a unit, and never at a line start, where 一、 is a heading (一、二月份情况).
 */
export const approximateComma: ProofreadRule = {
  id: 'approximate-comma',
  severity: 'error',
  messageKeys: ['proofApproximateComma'],
  check(text) {
    return hitsOf(text, pattern, (match) => {
      const [whole, first, second] = match;
      const before = text.slice(text.lastIndexOf('\n', match.index - 1) + 1, match.index);
      if (/^[ \t\u3000]*$/.test(before) || before.endsWith('、')) return null;
      const gap = numerals.indexOf(second) - numerals.indexOf(first);
      if (gap < 1 || gap > 2) return null;
      return { start: match.index, end: match.index + whole.length, replacement: first + second };
    });
  },
};
