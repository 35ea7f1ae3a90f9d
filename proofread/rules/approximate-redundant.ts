import type { ProofreadRule } from '../finding';
import { hitsOf, wholeMatch } from '../hits-of';

/**
 * 近百人左右: 近/约 and 左右 both mark an approximation, one is enough. Advice only — whether to drop
 * 近 or 左右 is the writer's choice. 节约, 最近, 附近 and the like are not approximations.
 */
const pattern =
  /(?<![节制简邀签预契公隐最附接将靠亲邻逼贴])(?:将近|大约|大概|接近|约|近)[\d一二两三四五六七八九十百千万亿余多.]+\p{Script=Han}{0,2}?左右/gu;

export const approximateRedundant: ProofreadRule = {
  id: 'approximate-redundant',
  messageKeys: ['proofApproximateRedundant'],
  check(text) {
    return hitsOf(text, pattern, (match) => wholeMatch(match));
  },
};
