import type { ProofreadRule } from '../finding';
import { hitsOf, wholeMatch } from '../hits-of';

/**
 * 大连重工•起重 → 大连重工·起重: a bullet (•, ‧, ・ or ∙) between words where the 间隔号 · belongs (GB/T 15834
 * 4.14). A bullet starting a list line is left alone: nothing stands before it.
 */
export const interpunct: ProofreadRule = {
  id: 'interpunct',
  severity: 'error',
  messageKeys: ['proofInterpunct'],
  check(text) {
    return hitsOf(text, /(?<=[\p{Script=Han}A-Za-z])[•‧・∙](?=[\p{Script=Han}A-Za-z\d])/gu, (match) =>
      wholeMatch(match, '·'),
    );
  },
};
