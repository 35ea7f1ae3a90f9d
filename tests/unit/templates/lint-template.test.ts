import { describe, expect, it } from 'vitest';
import { lintTemplate } from '../../../templates/lint-template';
import type { Field } from '../../../templates/template-definition';

const fields: Field[] = [
  { name: 'unit', label: '单位', type: 'text', required: true },
  { name: 'date', label: '日期', type: 'date' },
  {
    name: 'measures',
    label: '主要做法',
    type: 'group',
    fields: [
      { name: 'measure', label: '做法', type: 'text' },
      { name: 'effect', label: '成效', type: 'text' },
    ],
  },
];

const kinds = (source: string, f: Field[] = fields) => lintTemplate(source, f).map((w) => `${w.kind}:${w.name ?? ''}`);

describe('lintTemplate', () => {
  it('has no warnings when every field is used and everything used exists', () => {
    expect(
      lintTemplate(
        '{{unit}}{{cnDate date}}{{#each measures}}{{heading 1 @index}}{{measure}}{{effect}}{{/each}}',
        fields,
      ),
    ).toEqual([]);
  });

  it('follows block params, ../ and @root to the right fields', () => {
    const source =
      '{{#each measures as |m i|}}{{m.measure}}{{i}}{{#if m.effect}}{{../unit}}{{/if}}{{@root.date}}{{/each}}';
    expect(lintTemplate(source, fields)).toEqual([]);
  });

  it('reports fields used but missing from the schema, with position', () => {
    const warnings = lintTemplate(
      '{{unit}}\n  {{title}}{{#each measures}}{{measure}}{{effect}}{{result}}{{/each}}{{date}}',
      fields,
    );
    expect(warnings).toEqual([
      expect.objectContaining({ kind: 'missing-field', name: 'title', line: 2, column: 5 }),
      expect.objectContaining({ kind: 'missing-field', name: 'measures.result' }),
    ]);
  });

  it('reports schema fields and group subfields that are never used', () => {
    expect(kinds('{{#each measures}}{{measure}}{{/each}}')).toEqual([
      'unused-field:unit',
      'unused-field:date',
      'unused-field:measures.effect',
    ]);
  });

  it('names unknown helpers, including in subexpressions, but accepts registered and built-in ones', () => {
    expect(
      kinds(
        '{{shout unit}}{{cnDate (fancy date)}}{{#repeat 2}}x{{/repeat}}{{#each measures}}{{measure}}{{effect}}{{/each}}{{lookup measures 0}}',
      ),
    ).toEqual(['unknown-helper:shout', 'unknown-helper:fancy', 'unknown-helper:repeat']);
    expect(kinds('{{shout unit}}{{date}}{{#each measures}}{{measure}}{{effect}}{{/each}}', fields)).toContain(
      'unknown-helper:shout',
    );
    expect(
      lintTemplate('{{shout unit}}{{date}}{{#each measures}}{{measure}}{{effect}}{{/each}}', fields, ['shout']),
    ).toEqual([]);
  });

  it('reports syntax errors and partials instead of linting', () => {
    expect(lintTemplate('{{#if unit}}', fields)).toEqual([expect.objectContaining({ kind: 'syntax-error', line: 1 })]);
    expect(kinds('{{> footer}}{{unit}}{{date}}{{#each measures}}{{measure}}{{effect}}{{/each}}')).toEqual([
      'unknown-partial:footer',
    ]);
  });
});
