import { applyFixes } from './apply-fixes';
import type { Finding, ProofreadContext } from './finding';
import { proofread, type ProofreadOptions } from './proofread';

/** A fix can uncover another (a full-width digit inside a wrong document number), hence a few passes. */
const maxPasses = 4;

export interface FixAllOptions extends ProofreadOptions {
  /** Findings the user chose to 忽略: never applied, however often a pass finds them again. */
  isIgnored?: (finding: Finding, text: string) => boolean;
}

/**
 * 全部修正: applies every fixable 错误 until none are left; returns the text and how many were fixed.
 * Suggestions (建议) are never applied wholesale: each needs a person's look.
 */
export function fixAll(
  text: string,
  context: ProofreadContext = {},
  options: FixAllOptions = {},
): { text: string; fixed: number } {
  let fixed = 0;
  for (let pass = 0; pass < maxPasses; pass++) {
    const fixes = proofread(text, context, options).filter(
      (finding) =>
        finding.severity === 'error' && finding.replacement !== undefined && !options.isIgnored?.(finding, text),
    );
    if (fixes.length === 0) break;
    text = applyFixes(text, fixes);
    fixed += fixes.length;
  }
  return { text, fixed };
}
