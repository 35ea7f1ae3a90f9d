import type { ProofreadRule } from '../finding';
import { hanPattern } from '../cjk';
import { hitsOf, wholeMatch } from '../hits-of';

/** "基本情况" → “基本情况”: only pairs on one line around Chinese, so code and English are left alone. */
export const straightQuotes: ProofreadRule = {
  id: 'straight-quotes',
  severity: 'error',
  messageKeys: ['proofStraightQuotes'],
  check(text) {
    return hitsOf(text, /"([^"\n]{1,80})"/g, (match) =>
      hanPattern.test(match[1]) ? wholeMatch(match, `“${match[1]}”`) : null,
    );
  },
};
