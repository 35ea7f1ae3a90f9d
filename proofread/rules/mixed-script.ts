import type { ProofreadRule, RuleHit } from '../finding';
import { simplifiedOnly, toSimplified, toTraditional } from '../script-pairs';

/**
 * One document, one script. The script with fewer distinctive characters is the slip; each of its
 * characters is flagged with the other script's form (advice only where that form depends on the word).
 * A tie counts traditional as the slip, simplified being the default for this product.
 */
export const mixedScript: ProofreadRule = {
  id: 'mixed-script',
  severity: 'error',
  messageKeys: ['proofMixedScript'],
  check(text) {
    const simplified: number[] = [];
    const traditional: number[] = [];
    for (let index = 0; index < text.length; index++) {
      if (simplifiedOnly.has(text[index])) simplified.push(index);
      else if (toSimplified.has(text[index])) traditional.push(index);
    }
    if (simplified.length === 0 || traditional.length === 0) return [];
    const slipIsTraditional = traditional.length <= simplified.length;
    const slips = slipIsTraditional ? traditional : simplified;
    return slips.map((index): RuleHit => {
      const replacement = (slipIsTraditional ? toSimplified : toTraditional).get(text[index]);
      return { start: index, end: index + 1, replacement };
    });
  },
};
