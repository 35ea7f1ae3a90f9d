import type { ProofreadRule } from '../finding';
import { documentKind } from '../document-kind';
import { hitsOf, wholeMatch } from '../hits-of';

/**
 * A 请示 closes by asking (妥否，请批示。/ 专此请示，请批复。), never with 特此报告, which makes it a 报告
 * and leaves the superior nothing to answer. No fix: which closing fits is the writer's choice.
 */
export const requestClosing: ProofreadRule = {
  id: 'request-closing',
  severity: 'error',
  messageKeys: ['proofRequestClosing'],
  check(text, context) {
    if (documentKind(text, context) !== '请示') return [];
    return hitsOf(text, /特此报告/g, (match) => wholeMatch(match));
  },
};
