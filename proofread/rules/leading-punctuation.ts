import type { ProofreadRule } from '../finding';
import { hitsOf } from '../hits-of';

/**
 * A paragraph never starts with a mark that ends or joins something (，。、；：？！ and closing brackets or
 * quotes): a stray line break or a mark left over from an edit. Opening marks (“《（) and …… are fine. No
 * fix: the mark may belong to the end of the paragraph before.
 */
export const leadingPunctuation: ProofreadRule = {
  id: 'leading-punctuation',
  severity: 'error',
  messageKeys: ['proofLeadingPunctuation'],
  check(text) {
    return hitsOf(text, /^[ \t\u3000]*([，。、；：？！）》〕】”’,;:?!])/gm, (match) => {
      const start = match.index + match[0].length - 1;
      return { start, end: start + 1 };
    });
  },
};
