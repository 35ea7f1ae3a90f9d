import type { MessageKey } from '../i18n/messages';

/**
 * 错误: a breach of a written convention, safe for 全部修正 when it carries a fix. 建议: a soft convention or
 * a heuristic — shown apart and only ever fixed one by one, by a person who has looked at it.
 */
export type Severity = 'error' | 'suggestion';

/** One problem in a text: where it is, what is wrong, and — when only one fix is right — that fix. */
export interface Finding {
  ruleId: string;
  severity: Severity;
  /** UTF-16 offsets into the proofread text, end exclusive. */
  start: number;
  end: number;
  /** The line around the problem, clipped, so a long paragraph still reads as one row. */
  excerpt: string;
  messageKey: MessageKey;
  /** Absent: advice only, a person must decide. Empty string: delete the range. */
  replacement?: string;
}

/** What a rule reports; `proofread` adds the rule id, the excerpt and the default message. */
export interface RuleHit {
  start: number;
  end: number;
  replacement?: string;
  messageKey?: MessageKey;
  /** Overrides the rule's severity for this hit (a rule can be sure of some cases and not others). */
  severity?: Severity;
}

/** The draft's title lives outside the body but decides whether the text is a 报告 or a 请示. */
export interface ProofreadContext {
  title?: string;
}

export interface ProofreadRule {
  id: string;
  severity: Severity;
  /** Every key the rule may report; the meta-test checks each exists in all three locales. */
  messageKeys: readonly [MessageKey, ...MessageKey[]];
  check(text: string, context: ProofreadContext): RuleHit[];
}
