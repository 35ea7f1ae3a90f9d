import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { disabledProofreadRules, setProofreadRuleEnabled } from '../../../storage/proofread-rule-switches';

describe('proofread rule switches', () => {
  beforeEach(() => fakeBrowser.reset());

  it('has every rule on until one is switched off', async () => {
    expect(await disabledProofreadRules.getValue()).toEqual([]);
  });

  it('stores a rule switched off, once, and forgets it when switched back on', async () => {
    await setProofreadRuleEnabled('enumeration-comma', false);
    await setProofreadRuleEnabled('enumeration-comma', false);
    await setProofreadRuleEnabled('repeated-word', false);
    expect(await disabledProofreadRules.getValue()).toEqual(['enumeration-comma', 'repeated-word']);
    expect(await fakeBrowser.storage.local.get('proofreadDisabledRules')).toEqual({
      proofreadDisabledRules: ['enumeration-comma', 'repeated-word'],
    });
    await setProofreadRuleEnabled('enumeration-comma', true);
    expect(await disabledProofreadRules.getValue()).toEqual(['repeated-word']);
  });
});
