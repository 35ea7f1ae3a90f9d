import type { ProofreadRule } from '../finding';
import { hitsOf, wholeMatch } from '../hits-of';
import { documentHeading } from '../document-heading';

/**
 * A 报告 must not ask for anything (条例: that is a 请示). Advice only: the fix is to split the request
 * into a 请示, not to delete words.
 */
export const reportRequest: ProofreadRule = {
  id: 'report-request',
  messageKeys: ['proofReportRequest'],
  check(text, context) {
    const isReport = /(报告|汇报)\s*$/m.test(documentHeading(text, context)) || text.includes('特此报告');
    if (!isReport) return [];
    return hitsOf(text, /妥否[，,]\s*请批示|请批示|请予批准|请批准|请审批/g, (match) => wholeMatch(match));
  },
};
