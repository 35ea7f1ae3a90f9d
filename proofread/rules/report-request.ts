import type { ProofreadRule } from '../finding';
import { documentKind } from '../document-kind';
import { hitsOf, wholeMatch } from '../hits-of';

/** Asking for approval, instructions or support: what only a 请示 may do. */
const request = /妥否[，,]\s*请批示|请予批准|请批准|请批示|请审批|恳请[^。！？\n]{0,30}?给予[^。！？\n]{0,20}?支持/g;

/**
 * 报告夹带请示: 条例 第十五条 forbids a request inside a 报告 or 汇报. No fix: the request belongs in a
 * separate 请示, which a person must write.
 */
export const reportRequest: ProofreadRule = {
  id: 'report-request',
  severity: 'error',
  messageKeys: ['proofReportRequest'],
  check(text, context) {
    if (documentKind(text, context) !== '报告') return [];
    return hitsOf(text, request, (match) => wholeMatch(match));
  },
};
