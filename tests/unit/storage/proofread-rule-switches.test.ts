import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { disabledProofreadRules, withRuleSwitched } from '../../../storage/proofread-rule-switches';

describe('proofread rule switches', () => {
  beforeEach(() => fakeBrowser.reset());

  it('has every rule on until one is switched off', async () => {
    expect(await disabledProofreadRules.getValue()).toEqual([]);
  });

  it('switches a rule off once, and back on, keeping the others', () => {
    let disabled = withRuleSwitched([], 'enumeration-comma', false);
    disabled = withRuleSwitched(disabled, 'enumeration-comma', false);
    disabled = withRuleSwitched(disabled, 'repeated-word', false);
    expect(disabled).toEqual(['enumeration-comma', 'repeated-word']);
    expect(withRuleSwitched(disabled, 'enumeration-comma', true)).toEqual(['repeated-word']);
  });
});
