import type { Finding } from '../../proofread';

/**
 * Names a finding by what it is and the words around it, not by its offset: an ignored finding stays
 * ignored while the user edits elsewhere in the text, and comes back if its own line changes.
 */
export function findingKey(finding: Finding, text: string): string {
  return [finding.ruleId, text.slice(finding.start, finding.end), finding.excerpt].join('\u0000');
}
