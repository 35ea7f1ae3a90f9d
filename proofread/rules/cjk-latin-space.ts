import type { ProofreadRule } from '../finding';
import { hitsOf, wholeMatch } from '../hits-of';

const pattern = /(?<=\p{Script=Han})[ \u00a0]+(?=[A-Za-z0-9])|(?<=[A-Za-z0-9%])[ \u00a0]+(?=\p{Script=Han})/gu;
/** A clause number at the start of a line (5.1.2 省级…, 3 适用范围): the space separates it, by design. */
const clauseNumber = /^[ \t\u3000]*\d+(?:\.\d+)*\.?$/;

/** 完成 95% → 完成95%: 公文 inserts no spaces between Chinese and Latin letters or digits. */
export const cjkLatinSpace: ProofreadRule = {
  id: 'cjk-latin-space',
  severity: 'error',
  messageKeys: ['proofCjkLatinSpace'],
  check(text) {
    return hitsOf(text, pattern, (match) => {
      const lineStart = text.lastIndexOf('\n', match.index - 1) + 1;
      if (clauseNumber.test(text.slice(lineStart, match.index))) return null;
      return wholeMatch(match, '');
    });
  },
};
