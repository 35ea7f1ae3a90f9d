import { applyFixes } from './apply-fixes';
import type { ProofreadContext } from './finding';
import { proofread } from './proofread';

/** A fix can uncover another (a full-width digit inside a wrong document number), hence a few passes. */
const maxPasses = 4;

/** 全部修正: applies every fixable finding until none are left; returns the text and how many were fixed. */
export function fixAll(text: string, context: ProofreadContext = {}): { text: string; fixed: number } {
  let fixed = 0;
  for (let pass = 0; pass < maxPasses; pass++) {
    const fixes = proofread(text, context).filter((finding) => finding.replacement !== undefined);
    if (fixes.length === 0) break;
    text = applyFixes(text, fixes);
    fixed += fixes.length;
  }
  return { text, fixed };
}
