import { describe, expect, it } from 'vitest';
import { applyFixes } from '../../../proofread/apply-fixes';
import { proofread } from '../../../proofread/proofread';
import { ruleRegistry } from '../../../proofread/rule-registry';
import { ruleExamples } from './rule-examples';

const ofRule = (text: string, ruleId: string) => proofread(text).filter((finding) => finding.ruleId === ruleId);

describe.each(ruleRegistry.map((rule) => rule.id))('rule %s', (ruleId) => {
  const examples = ruleExamples[ruleId] ?? { flags: [], ignores: [] };

  it.each(examples.flags)('flags %j', (text, fixed) => {
    const findings = ofRule(text, ruleId);
    expect(findings.length).toBeGreaterThan(0);
    if (fixed === null) expect(findings.every((finding) => finding.replacement === undefined)).toBe(true);
    else expect(applyFixes(text, findings)).toBe(fixed);
  });

  it.each(examples.ignores)('leaves %j alone', (text) => {
    expect(ofRule(text, ruleId)).toEqual([]);
  });
});
