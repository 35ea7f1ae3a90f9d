import { describe, expect, it } from 'vitest';
import { locales, messagesByLocale } from '../../../i18n/messages';
import { ruleRegistry } from '../../../proofread/rule-registry';
import { ruleExamples } from './rule-examples';

/** Meta-test: a rule cannot be registered without words for every locale and examples to hold it to. */
describe('rule registry', () => {
  const ids = ruleRegistry.map((rule) => rule.id);

  it('has unique rule ids', () => {
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(ruleRegistry.map((rule) => [rule.id, rule] as const))('%s has a message in every locale', (_, rule) => {
    for (const locale of locales) {
      for (const key of rule.messageKeys)
        expect(messagesByLocale[locale][key]?.message, `${locale}.${key}`).toBeTruthy();
    }
  });

  it.each(ids)('%s has examples it flags and examples it leaves alone', (id) => {
    expect(ruleExamples[id]?.flags.length, id).toBeGreaterThan(0);
    expect(ruleExamples[id]?.ignores.length, id).toBeGreaterThan(0);
  });

  it('has no examples for rules that are not registered', () => {
    expect(Object.keys(ruleExamples).filter((id) => !ids.includes(id))).toEqual([]);
  });
});
