import type { ProofreadRule, RuleHit } from '../finding';
import { linesOf } from '../lines-of';

const numeral = '[一二三四五六七八九十]+';

/** Wrong heading forms at line start and the GB/T 9704 form each level must take. */
const wrongForms: [RegExp, (number: string) => string][] = [
  [new RegExp(`^(${numeral})[.．，,]`), (n) => `${n}、`],
  [new RegExp(`^[（(](${numeral})[）)][、.．，,]?`), (n) => `（${n}）`],
  [/^(\d{1,2})[、．]/, (n) => `${n}.`],
  [/^[（(](\d{1,2})[）)][、.．，,]?/, (n) => `（${n}）`],
];

/** 一. 一， （一）、 (一) 1、 → 一、 （一） 1. （1）; only at the start of a line, after indentation. */
export const headingNumber: ProofreadRule = {
  id: 'heading-number',
  severity: 'error',
  messageKeys: ['proofHeadingNumber'],
  check(text) {
    const hits: RuleHit[] = [];
    for (const line of linesOf(text)) {
      const indent = /^[ \t\u3000]*/.exec(line.text)![0].length;
      const rest = line.text.slice(indent);
      for (const [pattern, correct] of wrongForms) {
        const match = pattern.exec(rest);
        if (!match) continue;
        const replacement = correct(match[1]);
        const start = line.start + indent;
        if (match[0] !== replacement) hits.push({ start, end: start + match[0].length, replacement });
        break;
      }
    }
    return hits;
  },
};
