import { describe, expect, it } from 'vitest';
import { buildTemplateContext } from '../../../../templates/build-template-context';
import { builtinTemplates } from '../../../../templates/builtin';
import { evaluateTemplate } from '../../../../templates/engine/evaluate-template';
import { parseTemplate } from '../../../../templates/engine/parse-template';
import { templateLimits } from '../../../../templates/engine/template-limits';
import { TemplateRuntimeError } from '../../../../templates/engine/template-runtime-error';
import { exampleValues } from '../../../../templates/example-values';
import { defaultHelpers } from '../../../../templates/helpers';
import { renderTemplateSource } from '../../../../templates/render-template-source';
import type { Field } from '../../../../templates/template-definition';

const tenFields: Field[] = Array.from({ length: 10 }, (_, i) => ({
  name: `f${i}`,
  label: `字段${i}`,
  type: 'text',
}));

function program(source: string) {
  const parsed = parseTemplate(source);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.program;
}

describe('template limits', () => {
  it('refuses nine nested {{#each @root}} (10⁹ iterations) as too complex instead of freezing', () => {
    const body = '{{#each @root}}'.repeat(9) + 'x' + '{{/each}}'.repeat(9);
    const values = Object.fromEntries(tenFields.map((f) => [f.name, '值']));
    const result = renderTemplateSource(body, values, tenFields);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.limit).toBe('too-complex');
  });

  it('counts empty loop bodies too', () => {
    const body = '{{#each @root}}'.repeat(9) + '{{/each}}'.repeat(9);
    const context = buildTemplateContext(tenFields, {});
    expect(() => evaluateTemplate(program(body), context)).toThrow(TemplateRuntimeError);
  });

  it('refuses 6,200 nested {{#if}} before parsing, pointing at the block that went too deep', () => {
    const depth = 6200;
    const body = '{{#if a}}\n'.repeat(depth) + 'x' + '{{/if}}'.repeat(depth);
    const parsed = parseTemplate(body);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.error.limit).toBe('too-deep');
      expect(parsed.error.line).toBe(templateLimits.maxNesting + 1);
      expect(parsed.error.column).toBe(1);
      expect(parsed.error.excerpt).toBe('{{#if a}}');
    }
  });

  it('accepts nesting up to the limit, and does not count comments, else or closed siblings', () => {
    const n = templateLimits.maxNesting;
    expect(parseTemplate('{{#if a}}'.repeat(n) + '{{/if}}'.repeat(n)).ok).toBe(true);
    const siblings = '{{#if a}}x{{else}}y{{/if}}{{^b}}z{{/b}}'.repeat(200);
    expect(parseTemplate(siblings).ok).toBe(true);
    const quoted = `{{!-- ${'{{#if a}}'.repeat(n + 5)} --}}{{! {{#x}} }}ok`;
    expect(parseTemplate(quoted).ok).toBe(true);
    expect(parseTemplate('{{#if a}}'.repeat(n + 1) + '{{/if}}'.repeat(n + 1)).ok).toBe(false);
  });

  it('refuses output beyond the limit as it grows', () => {
    const context = { rows: Array.from({ length: 100 }, () => 'x'.repeat(100)) };
    const render = () =>
      evaluateTemplate(program('{{#each rows}}{{this}}{{/each}}'), context, { limits: { maxOutput: 5_000 } });
    expect(render).toThrow(expect.objectContaining({ limit: 'too-complex' }));
    expect(evaluateTemplate(program('{{#each rows}}{{this}}{{/each}}'), context).length).toBe(10_000);
  });

  it('leaves every built-in template far inside the budget (a fiftieth of it)', () => {
    for (const def of builtinTemplates) {
      const context = buildTemplateContext(def.fields, exampleValues(def.fields));
      const render = () =>
        evaluateTemplate(program(def.body), context, {
          helpers: { ...defaultHelpers },
          escape: (text) => text,
          limits: { maxSteps: templateLimits.maxSteps / 50 },
        });
      expect(render, def.id).not.toThrow();
    }
  });

  it('parses each source once', () => {
    const source = '{{#if a}}cached{{/if}}';
    const first = parseTemplate(source);
    expect(parseTemplate(source)).toBe(first);
  });
});
