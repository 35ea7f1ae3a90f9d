import { fieldValue, newValueMap } from '../../domain/field-values';
import type { FieldValues } from '../template-definition';

/** A template a filled form leads on to, and which of its values carry over (field → field). */
export interface FollowUp {
  templateId: string;
  carry: Record<string, string>;
}

/**
 * 情况汇报 → 请示: a report may not ask for anything (条例 第十五条), so what needs the superior office's
 * decision is written as a separate 请示 on the same subject, to the same office, from the same unit.
 */
export const builtinFollowUps: Readonly<Record<string, FollowUp>> = {
  briefing: { templateId: 'request', carry: { subject: 'subject', addressee: 'addressee', unit: 'unit' } },
};

/** The values the follow-up template starts with: only the carried fields the user has filled. */
export function followUpValues(followUp: FollowUp, values: FieldValues): FieldValues {
  const out = newValueMap();
  for (const [from, to] of Object.entries(followUp.carry)) {
    const value = fieldValue(values, from);
    if (typeof value === 'string' && value.trim()) out[to] = value.trim();
  }
  return out;
}
