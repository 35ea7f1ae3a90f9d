import { storage } from 'wxt/utils/storage';

/**
 * The 校对 rules switched off in 设置, by rule id. In chrome.storage rather than IndexedDB: a small
 * preference, read before the first proofreading and shared by every panel at once.
 */
export const disabledProofreadRules = storage.defineItem<string[]>('local:proofreadDisabledRules', {
  fallback: [],
});

/** The switched-off list after switching one rule on or off; the others stay as they were. */
export function withRuleSwitched(disabled: readonly string[], ruleId: string, enabled: boolean): string[] {
  const next = new Set(disabled);
  if (enabled) next.delete(ruleId);
  else next.add(ruleId);
  return [...next];
}
