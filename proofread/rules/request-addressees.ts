import type { ProofreadRule } from '../finding';
import { bodyTitle } from '../body-title';
import { documentKind } from '../document-kind';
import { linesOf } from '../lines-of';

/** A 主送 line: names of bodies (…政府, …委, …办, …局, …厅, 部, 院, 会…) separated by 、 or ， and a colon. */
const body =
  '[^、，,：:。；！？\\s]{1,20}(?:府|委|办|局|厅|部|院|会|室|处|科|所|站|中心|司|署|组|社|团|联|行|馆|校|队)';
const addresseeLine = new RegExp(`^${body}(?:[、，,]${body})+[：:]$`);

/**
 * 请示 主送一个上级机关 (条例 第十五条): an addressee line naming several (国务院、国家计委：) is flagged.
 * A suggestion: the rule says 原则上, and joint 请示 to two superiors happen.
 */
export const requestAddressees: ProofreadRule = {
  id: 'request-addressees',
  severity: 'suggestion',
  messageKeys: ['proofRequestAddressees'],
  check(text, context) {
    if (documentKind(text, context) !== '请示') return [];
    const titleLines = bodyTitle(text).length;
    const line = linesOf(text)
      .filter((candidate) => candidate.text.trim())
      .slice(titleLines)
      .find((candidate) => !/^[〔（(]?\S*〔\d{4}〕\d+号/.test(candidate.text.trim()));
    const content = line?.text.trim() ?? '';
    if (!line || !addresseeLine.test(content)) return [];
    const start = line.start + line.text.indexOf(content);
    return [{ start, end: start + content.length }];
  },
};
