import { describe, expect, it } from 'vitest';
import { fieldValue, withFieldValue } from '../../../domain/field-values';
import { buildTemplateContext } from '../../../templates/build-template-context';
import { exampleValues } from '../../../templates/example-values';
import type { Field } from '../../../templates/template-definition';

// Fields an older version allowed: stored templates may still have them.
const oldFields: Field[] = [
  { name: 'constructor', label: '单位', type: 'text', required: true, example: '某局' },
  {
    name: '__proto__',
    label: '事项',
    type: 'group',
    fields: [{ name: 'prototype', label: '内容', type: 'text', example: '做法' }],
  },
];

describe('form values named like Object members', () => {
  it('are own keys of maps without a prototype, and never replace a prototype', () => {
    const values = exampleValues(oldFields);
    expect(Object.getPrototypeOf(values)).toBeNull();
    expect(Object.keys(values)).toEqual(['constructor', '__proto__']);
    expect(fieldValue(values, '__proto__')).toEqual([{ prototype: '做法' }]);
    expect(({} as Record<string, unknown>).prototype).toBeUndefined();
  });

  it('are read as values, never as what Object.prototype answers', () => {
    expect(fieldValue({}, 'constructor')).toBeUndefined();
    const context = buildTemplateContext(oldFields, {});
    expect(Object.hasOwn(context, 'constructor') && context.constructor).toBe('【待填：单位】');
    expect(Object.getPrototypeOf(context)).toBe(Object.prototype);
    expect(Object.keys(context)).toEqual(['constructor', '__proto__']);
    const filled = buildTemplateContext(oldFields, withFieldValue({}, '__proto__', [{ prototype: '  做法  ' }]));
    expect(fieldValue(filled, '__proto__')).toEqual([{ prototype: '做法' }]);
  });

  it('are set on a copy, the same way for every name', () => {
    const before = withFieldValue({}, 'unit', '办公室');
    const after = withFieldValue(before, '__proto__', '甲');
    expect(Object.keys(after)).toEqual(['unit', '__proto__']);
    expect(Object.keys(before)).toEqual(['unit']);
  });
});
