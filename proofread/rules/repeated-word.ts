import type { ProofreadRule } from '../finding';
import { hitsOf } from '../hits-of';

/**
 * 的 never doubles, but 目的的 (以营利为目的的), 标的的 and 的的确确 (AABB) are right; other particles do
 * form words with their neighbours (不了了之, 实实在在, 就是是非), so they are left alone.
 */
const wordsEndingInDe = '目标端';
/** Starts of two-character units that are nouns or pronouns (全县, 各地, 我们), which never double either. */
const nounStarts = '全各本该每我你他她它此这那其';
/** Two-character function words that never double. */
const functionWords = new Set([
  '进行',
  '通过',
  '根据',
  '按照',
  '关于',
  '以及',
  '对于',
  '由于',
  '因此',
  '为了',
  '并且',
  '同时',
]);

const pattern = /(\p{Script=Han}{2,6}?)\1|(的)\2/gu;

/**
 * 进一步进一步, 的的, 全县全县: a word typed twice. Verbs and adjectives do double in Chinese (研究研究, 看看,
 * 常常, 天天, 一个个), so a two-character unit counts only when it is a noun, pronoun or function word, and
 * three or more characters always.
 */
export const repeatedWord: ProofreadRule = {
  id: 'repeated-word',
  severity: 'error',
  messageKeys: ['proofRepeatedWord'],
  check(text) {
    return hitsOf(text, pattern, (match) => {
      const unit = match[1] ?? match[2];
      const end = match.index + match[0].length;
      if (unit.length === 1) {
        if (wordsEndingInDe.includes(text[match.index - 1]) || text[end] === text[end + 1]) return null;
      } else if (unit.length === 2 && !nounStarts.includes(unit[0]) && !functionWords.has(unit)) {
        return null;
      }
      return { start: match.index + unit.length, end, replacement: '' };
    });
  },
};
