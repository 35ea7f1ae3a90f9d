import type { ProofreadRule } from '../finding';
import { hitsOf } from '../hits-of';
import { radicalSupplementPairs } from '../radical-supplement';

const supplement = new Map(radicalSupplementPairs.map((pair) => [...pair] as [string, string]));

/**
 * The unified ideograph a radical stands for: Kangxi Radicals (U+2F00–U+2FDF) by their compatibility
 * decomposition (NFKC), the CJK Radicals Supplement (U+2E80–U+2EFF) from Unicode's equivalence table.
 */
export function unifiedIdeographOf(radical: string): string | undefined {
  const code = radical.codePointAt(0) ?? 0;
  if (code >= 0x2f00 && code <= 0x2fdf) {
    const normalized = radical.normalize('NFKC');
    return normalized === radical ? undefined : normalized;
  }
  return supplement.get(radical);
}

/**
 * ⼯作 → 工作: text copied from a PDF often carries radicals that look exactly like the ideograph but are
 * other characters — search, sorting and the OA system's own checks all miss them.
 */
export const radicalLookalike: ProofreadRule = {
  id: 'radical-lookalike',
  severity: 'error',
  messageKeys: ['proofRadicalLookalike'],
  check(text) {
    return hitsOf(text, /[\u2e80-\u2eff\u2f00-\u2fdf]/g, (match) => {
      const replacement = unifiedIdeographOf(match[0]);
      return { start: match.index, end: match.index + 1, replacement };
    });
  },
};
