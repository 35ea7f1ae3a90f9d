import type { ProofreadRule } from '../finding';
import { hitsOf, wholeMatch } from '../hits-of';

/** “A”、“B” → “A”“B”, 《A》、《B》 → 《A》《B》: adjacent quotes and book titles take no 顿号. */
export const enumerationComma: ProofreadRule = {
  id: 'enumeration-comma',
  severity: 'suggestion',
  messageKeys: ['proofEnumerationComma'],
  check(text) {
    return hitsOf(text, /(?<=[”’》])、(?=[“‘《])/g, (match) => wholeMatch(match, ''));
  },
};
