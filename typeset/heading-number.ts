import type { HeadingLevel } from './typeset-paragraph';

/** GB/T 9704 §7.3.3 heading numbers: `一、` `（一）` `1.` `（1）`. `1.2万` is a number, not a heading. */
const numbers: [HeadingLevel, RegExp][] = [
  [1, /^[一二三四五六七八九十]{1,3}、/],
  [2, /^（[一二三四五六七八九十]{1,3}）(?!、)/],
  [3, /^\d{1,2}[.．](?!\d)/],
  [4, /^（\d{1,2}）/],
];

/** The level whose number the line starts with, or undefined. */
export function headingLevel(line: string): HeadingLevel | undefined {
  return numbers.find(([, pattern]) => pattern.test(line))?.[0];
}

/**
 * How much of a numbered line is heading: all of it (a stand-alone heading, `二、主要做法`), its first
 * short sentence (a run-in heading, `（一）指导思想。以……`), or nothing (a numbered sentence such as
 * `（一）讨论决定……事项；` or `1.加强调查研究，围绕……。`).
 */
export function headingLength(line: string): number {
  const end = line.search(/[。；！？：:;]/);
  if (end < 0) return line.length;
  const lead = line.slice(0, end);
  // `（一）高度重视，完善制度。` is a run-in heading; a long clause with commas is a numbered sentence.
  const limit = /[，,、]/.test(lead) ? 15 : 33;
  if (line[end] !== '。' || lead.length > limit) return 0;
  return end + 1;
}
