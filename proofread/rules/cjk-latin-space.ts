import type { ProofreadRule } from '../finding';
import { hitsOf, wholeMatch } from '../hits-of';

const pattern = /(?<=\p{Script=Han})[ \u00a0]+(?=[A-Za-z0-9])|(?<=[A-Za-z0-9%])[ \u00a0]+(?=\p{Script=Han})/gu;

/** 完成 95% → 完成95%: 公文 inserts no spaces between Chinese and Latin letters or digits. */
export const cjkLatinSpace: ProofreadRule = {
  id: 'cjk-latin-space',
  messageKeys: ['proofCjkLatinSpace'],
  check(text) {
    return hitsOf(text, pattern, (match) => wholeMatch(match, ''));
  },
};
