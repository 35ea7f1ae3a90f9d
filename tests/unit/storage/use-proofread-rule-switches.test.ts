// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { disabledProofreadRules } from '../../../storage/proofread-rule-switches';
import { useProofreadRuleSwitches } from '../../../storage/use-proofread-rule-switches';
import { renderHook } from '../components/render-hook';

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('useProofreadRuleSwitches', () => {
  it('says nothing until the stored switches are read, so no run checks a rule the user switched off', async () => {
    await fakeBrowser.storage.local.set({ proofreadDisabledRules: ['quote-dunhao'] });
    let answer!: () => void;
    const stored = disabledProofreadRules.getValue();
    vi.spyOn(disabledProofreadRules, 'getValue').mockReturnValue(
      new Promise((resolve) => (answer = () => resolve(stored))),
    );
    const hook = await renderHook(useProofreadRuleSwitches, undefined);
    // Before the read answers: unknown, not "nothing switched off".
    expect(hook.result.current.disabled).toBeUndefined();
    await hook.act(() => answer());
    expect(hook.result.current.disabled).toEqual(['quote-dunhao']);
    await hook.act(() => hook.result.current.setEnabled('quote-dunhao', true));
    expect(hook.result.current.disabled).toEqual([]);
    await hook.act(() => hook.result.current.setEnabled('repeated-word', false));
    expect(await fakeBrowser.storage.local.get('proofreadDisabledRules')).toEqual({
      proofreadDisabledRules: ['repeated-word'],
    });
    await hook.unmount();
  });
});
