import type { ProofreadRule, RuleHit } from '../finding';
import { documentKind } from '../document-kind';

const request = /请予批准|请批准|恳请|请予|请审批|请求/;
/** The closing formula is not itself a request. */
const closing = /妥否[，,]\s*请批示/;

/**
 * 一文一事: a 请示 asks one thing. Sentences making a request beyond the first are flagged as advice —
 * a heuristic, the writer decides whether they are really separate requests.
 */
export const requestMultiple: ProofreadRule = {
  id: 'request-multiple',
  severity: 'suggestion',
  messageKeys: ['proofRequestMultiple'],
  check(text, context) {
    if (documentKind(text, context) !== '请示') return [];
    const asking: RuleHit[] = [];
    for (const sentence of text.matchAll(/[^。！？\n]+/g)) {
      if (request.test(sentence[0]) && !closing.test(sentence[0])) {
        asking.push({ start: sentence.index, end: sentence.index + sentence[0].length });
      }
    }
    return asking.slice(1);
  },
};
