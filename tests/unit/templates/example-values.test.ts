import { describe, expect, it } from 'vitest';
import { exampleValues } from '../../../templates/example-values';
import type { Field } from '../../../templates/template-definition';

describe('exampleValues', () => {
  it('takes scalar examples, group example rows, or builds a row from subfield examples', () => {
    const fields: Field[] = [
      { name: 'a', label: '甲', type: 'text', example: '一' },
      { name: 'b', label: '乙', type: 'text' },
      {
        name: 'g',
        label: '组',
        type: 'group',
        fields: [{ name: 'x', label: '项', type: 'text', example: '二' }],
        example: [{ x: '三' }, { x: '四' }],
      },
      { name: 'h', label: '组二', type: 'group', fields: [{ name: 'y', label: '项', type: 'text', example: '五' }] },
    ];
    expect(exampleValues(fields)).toEqual({ a: '一', b: '', g: [{ x: '三' }, { x: '四' }], h: [{ y: '五' }] });
  });
});
