import { disabledProofreadRules, withRuleSwitched } from './proofread-rule-switches';
import { useStoredState } from './use-stored-state';

/**
 * The rules switched off in 设置, following changes made in this panel or another one; a switch shows
 * its new state at once, before the write to chrome.storage has finished. `undefined` until the first
 * read answers: a 校对 run before it would show (and 全部修正 would apply) rules the user switched off.
 */
export function useProofreadRuleSwitches() {
  const [disabled, setDisabled] = useStoredState(disabledProofreadRules);
  const setEnabled = (ruleId: string, enabled: boolean) =>
    setDisabled(withRuleSwitched(disabled ?? [], ruleId, enabled));
  return { disabled, setEnabled };
}
