import { storage } from 'wxt/utils/storage';

/**
 * The 校对 rules switched off in 设置, by rule id. In chrome.storage rather than IndexedDB: a small
 * preference, read before the first proofreading and shared by every panel at once.
 */
export const disabledProofreadRules = storage.defineItem<string[]>('local:proofreadDisabledRules', {
  fallback: [],
});

/** Switches one rule on or off, keeping the others as stored. */
export async function setProofreadRuleEnabled(ruleId: string, enabled: boolean): Promise<void> {
  const disabled = new Set(await disabledProofreadRules.getValue());
  if (enabled) disabled.delete(ruleId);
  else disabled.add(ruleId);
  await disabledProofreadRules.setValue([...disabled]);
}
