import { applyFixes } from './apply-fixes';
import type { ProofreadContext } from './finding';
import { placesAfterFixes, samePlace, type FindingPlace } from './finding-place';
import { proofread, type ProofreadOptions } from './proofread';

/** A fix can uncover another (a full-width digit inside a wrong document number), hence a few passes. */
const maxPasses = 4;

export interface FixAllOptions extends ProofreadOptions {
  /** Findings the user chose to 忽略: never applied. */
  ignored?: readonly FindingPlace[];
}

export interface FixAllResult {
  text: string;
  fixed: number;
  /** The ignored findings' places in the fixed text. */
  ignored: FindingPlace[];
}

/**
 * 全部修正: applies every fixable 错误 until none are left; returns the text and how many were fixed.
 * Suggestions (建议) are never applied wholesale: each needs a person's look. Ignored findings are
 * followed through the passes by position, since the words around them may change with other fixes.
 */
export function fixAll(text: string, context: ProofreadContext = {}, options: FixAllOptions = {}): FixAllResult {
  let fixed = 0;
  let ignored = [...(options.ignored ?? [])];
  for (let pass = 0; pass < maxPasses; pass++) {
    const fixes = proofread(text, context, options).filter(
      (finding) =>
        finding.severity === 'error' &&
        finding.replacement !== undefined &&
        !ignored.some((place) => samePlace(place, finding)),
    );
    if (fixes.length === 0) break;
    text = applyFixes(text, fixes);
    ignored = placesAfterFixes(ignored, fixes);
    fixed += fixes.length;
  }
  return { text, fixed, ignored };
}
