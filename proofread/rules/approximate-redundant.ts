import type { ProofreadRule } from '../finding';
import { hitsOf, wholeMatch } from '../hits-of';

const numerals = '[\\d一二两三四五六七八九十百千万亿.]';
/** 节约, 最近, 附近 and the like are not approximations. */
const notApproximate = '(?<![节制简邀签预契公隐最附接将靠亲邻逼贴])';
/** 近百人左右, 约100人左右: an approximation marked twice. */
const withAround = new RegExp(
  `${notApproximate}(?:将近|大约|大概|接近|约|近)${numerals}+[余多]?\\p{Script=Han}{0,2}?左右`,
  'gu',
);
/** 约90多万元, 大约300余人: 约 with 多 or 余. */
const withMore = new RegExp(`${notApproximate}(?:大约|约)${numerals}+[多余]`, 'gu');
/** 截至到2026年底, 截至10月底止: 截至 already says "up to" (截至…为止 is accepted usage and left alone). */
const asOf = /截至到|截至[^，。；：\n]{1,15}?(?<!为)止(?=[，。；：\n]|$)/gu;

/**
 * Redundant approximation and 截至 doubled up. No fix: whether to drop 约 or 左右 (多) is the writer's
 * choice; 截至到 → 截至 is the only certain one.
 */
export const approximateRedundant: ProofreadRule = {
  id: 'approximate-redundant',
  severity: 'error',
  messageKeys: ['proofApproximateRedundant', 'proofAsOfRedundant'],
  check(text) {
    const around = hitsOf(text, withAround, (match) => wholeMatch(match));
    // 约90多万元左右 is one finding, not two.
    const more = hitsOf(text, withMore, (match) =>
      around.some((hit) => hit.start <= match.index && match.index < hit.end) ? null : wholeMatch(match),
    );
    const doubled = hitsOf(text, asOf, (match) => ({
      ...wholeMatch(match, match[0] === '截至到' ? '截至' : undefined),
      messageKey: 'proofAsOfRedundant',
    }));
    return [...around, ...more, ...doubled];
  },
};
