import type { Finding, ProofreadContext } from './finding';
import { lineExcerpt } from './line-excerpt';
import { placeholderRanges } from './placeholder-ranges';
import { ruleRegistry } from './rule-registry';

export interface ProofreadOptions {
  /** Rules switched off in 设置. */
  disabledRules?: readonly string[];
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

/**
 * Every rule over the text, synchronously (no model, no GPU): fast enough to rerun on each keystroke.
 * Fixable findings never overlap: rules earlier in the registry are more specific and win, so
 * `(一)` is one heading finding rather than two bracket findings. Advice-only findings are all kept.
 */
export function proofread(text: string, context: ProofreadContext = {}, options: ProofreadOptions = {}): Finding[] {
  const placeholders = placeholderRanges(text).map(([start, end]) => ({ start, end }));
  const fixable: Finding[] = [];
  const advice: Finding[] = [];
  for (const rule of ruleRegistry) {
    if (options.disabledRules?.includes(rule.id)) continue;
    for (const hit of rule.check(text, context)) {
      if (placeholders.some((range) => overlaps(range, hit))) continue;
      const finding: Finding = {
        ruleId: rule.id,
        severity: hit.severity ?? rule.severity,
        start: hit.start,
        end: hit.end,
        excerpt: lineExcerpt(text, hit.start, hit.end),
        messageKey: hit.messageKey ?? rule.messageKeys[0],
        ...(hit.replacement !== undefined && { replacement: hit.replacement }),
      };
      if (finding.replacement === undefined) advice.push(finding);
      else if (!fixable.some((kept) => overlaps(kept, finding))) fixable.push(finding);
    }
  }
  return [...fixable, ...advice].sort((a, b) => a.start - b.start || a.end - b.end);
}
