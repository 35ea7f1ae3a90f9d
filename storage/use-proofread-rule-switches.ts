import { useEffect, useState } from 'react';
import { disabledProofreadRules, setProofreadRuleEnabled } from './proofread-rule-switches';

/**
 * The rules switched off in 设置, following changes made in this panel or another one; a switch shows
 * its new state at once, before the write to chrome.storage has finished. `undefined` until the first
 * read answers: a 校对 run before it would show (and 全部修正 would apply) rules the user switched off.
 */
export function useProofreadRuleSwitches() {
  const [disabled, setDisabled] = useState<readonly string[] | undefined>(undefined);
  useEffect(() => {
    let live = true;
    void disabledProofreadRules.getValue().then((value) => live && setDisabled(value));
    const unwatch = disabledProofreadRules.watch((value) => setDisabled(value));
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  const setEnabled = async (ruleId: string, enabled: boolean) => {
    setDisabled((current = []) => (enabled ? current.filter((id) => id !== ruleId) : [...current, ruleId]));
    await setProofreadRuleEnabled(ruleId, enabled);
  };
  return { disabled, setEnabled };
}
