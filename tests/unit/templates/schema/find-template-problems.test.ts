import { describe, expect, it } from 'vitest';
import { findTemplateProblems } from '../../../../templates/schema';
import type { Field } from '../../../../templates/template-definition';

const fields: Field[] = [{ name: 'unit', label: '单位', type: 'text', required: true, example: '某局' }];

describe('findTemplateProblems', () => {
  it('positions a syntax error and shows the offending line', () => {
    const problems = findTemplateProblems('关于{{unit}}的通知\n\n现将{{#if unit}}有关事项', fields);
    expect(problems.usable).toBe(false);
    expect(problems.error).toMatchObject({ line: 3 });
    expect(problems.error?.excerpt).toBe('现将{{#if unit}}有关事项');
  });

  it('names an unknown helper or partial, and blocks use', () => {
    const problems = findTemplateProblems('{{shout unit}}\n{{> footer}}', fields);
    expect(problems.blocking.map((w) => [w.kind, w.name])).toEqual([
      ['unknown-helper', 'shout'],
      ['unknown-partial', 'footer'],
    ]);
    expect(problems.usable).toBe(false);
  });

  it('only warns about fields used but missing, or defined but unused', () => {
    const problems = findTemplateProblems('{{unitt}}的通知', fields);
    expect(problems.warnings.map((w) => [w.kind, w.name])).toEqual([
      ['missing-field', 'unitt'],
      ['unused-field', 'unit'],
    ]);
    expect(problems.usable).toBe(true);
  });

  it('blocks use on a schema error or an empty body', () => {
    expect(findTemplateProblems('{{unit}}', [{ ...fields[0], label: '' }]).usable).toBe(false);
    expect(findTemplateProblems('  ', fields).usable).toBe(false);
  });
});
