import { useEffect, useState } from 'react';
import { disabledProofreadRules } from './proofread-rule-switches';

/** The rules switched off in 设置, following changes made in this panel or another one. */
export function useDisabledProofreadRules(): readonly string[] {
  const [disabled, setDisabled] = useState<readonly string[]>([]);
  useEffect(() => {
    let live = true;
    void disabledProofreadRules.getValue().then((value) => live && setDisabled(value));
    const unwatch = disabledProofreadRules.watch((value) => setDisabled(value));
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  return disabled;
}
