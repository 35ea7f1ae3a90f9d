import type { MessageKey } from '../i18n/messages';

/** One problem in a text: where it is, what is wrong, and — when only one fix is right — that fix. */
export interface Finding {
  ruleId: string;
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
}

/** The draft's title lives outside the body but decides whether the text is a 报告 or a 请示. */
export interface ProofreadContext {
  title?: string;
}

export interface ProofreadRule {
  id: string;
  /** Every key the rule may report; the meta-test checks each exists in all three locales. */
  messageKeys: readonly [MessageKey, ...MessageKey[]];
  check(text: string, context: ProofreadContext): RuleHit[];
}
