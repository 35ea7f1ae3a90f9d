import type { ProofreadRule } from '../finding';
import { isCjk } from '../cjk';
import { hitsOf } from '../hits-of';

const fullWidth: Record<string, string> = {
  ',': '，',
  ';': '；',
  ':': '：',
  '?': '？',
  '!': '！',
  '(': '（',
  ')': '）',
};

/**
 * , ; : ? ! ( ) next to Chinese → ，；：？！（）. A mark between Latin letters or digits (9:30, f(x))
 * is left alone.
 */
export const halfwidthPunctuation: ProofreadRule = {
  id: 'halfwidth-punctuation',
  severity: 'error',
  messageKeys: ['proofHalfwidthPunctuation'],
  check(text) {
    return hitsOf(text, /[,;:?!()]/g, (match) => {
      const { index } = match;
      if (!isCjk(text[index - 1]) && !isCjk(text[index + 1])) return null;
      return { start: index, end: index + 1, replacement: fullWidth[match[0]] };
    });
  },
};
