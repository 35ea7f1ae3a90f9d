import { describe, expect, it } from 'vitest';
import { buildTemplateContext } from '../../../templates/build-template-context';
import type { Field } from '../../../templates/template-definition';

const fields: Field[] = [
  { name: 'unit', label: '单位', type: 'text', required: true },
  { name: 'note', label: '备注', type: 'text' },
  {
    name: 'rows',
    label: '事项',
    type: 'group',
    required: true,
    fields: [
      { name: 'what', label: '内容', type: 'text', required: true },
      { name: 'when', label: '时限', type: 'text' },
    ],
  },
  { name: 'extras', label: '附加', type: 'group', fields: [{ name: 'x', label: '项', type: 'text', required: true }] },
];

describe('buildTemplateContext', () => {
  it('trims values and keeps only schema fields', () => {
    expect(
      buildTemplateContext(fields, { unit: ' 甲 ', note: '乙\n', stray: '丙', rows: [{ what: ' a ', when: ' b ' }] }),
    ).toEqual({
      unit: '甲',
      note: '乙',
      rows: [{ what: 'a', when: 'b' }],
      extras: [],
    });
  });

  it('uses placeholders for missing required values and empty text for optional ones', () => {
    expect(buildTemplateContext(fields, {})).toEqual({
      unit: '【待填：单位】',
      note: '',
      rows: [{ what: '【待填：内容】', when: '【待填：时限】' }],
      extras: [],
    });
  });

  it('drops blank rows and fills gaps in partly filled rows by requiredness', () => {
    const context = buildTemplateContext(fields, {
      rows: [{ what: '', when: ' ' }, { when: '月底' }, { what: '甲' }],
      extras: [{ x: '' }],
    });
    expect(context.rows).toEqual([
      { what: '【待填：内容】', when: '月底' },
      { what: '甲', when: '' },
    ]);
    expect(context.extras).toEqual([]);
  });
});
