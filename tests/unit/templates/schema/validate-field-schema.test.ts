import { describe, expect, it } from 'vitest';
import { builtinTemplates } from '../../../../templates/builtin';
import { schemaLimits, validateFieldSchema } from '../../../../templates/schema';
import type { Field } from '../../../../templates/template-definition';

const text = (name: string, label = '单位'): Field => ({ name, label, type: 'text' });
const codes = (fields: Field[]) => validateFieldSchema(fields).map((issue) => [issue.code, issue.at]);

describe('validateFieldSchema', () => {
  it('accepts every built-in schema', () => {
    for (const def of builtinTemplates) expect(validateFieldSchema(def.fields), def.id).toEqual([]);
  });

  it('wants unique ASCII identifiers as names', () => {
    expect(codes([text('单位'), text('1a'), text('ok'), text('ok'), text('this'), text('a-b')])).toEqual([
      ['nameInvalid', [0]],
      ['nameInvalid', [1]],
      ['nameDuplicate', [3]],
      ['nameInvalid', [4]],
      ['nameInvalid', [5]],
    ]);
  });

  it('refuses the names every JavaScript object already has, so drafts made from the template stay restorable', () => {
    expect(codes([text('constructor'), text('__proto__'), text('prototype'), text('proto')])).toEqual([
      ['nameReserved', [0]],
      ['nameReserved', [1]],
      ['nameReserved', [2]],
    ]);
  });

  it('wants labels, known types and options for a choice', () => {
    const fields = [
      text('a', ' '),
      { name: 'b', label: 'B', type: 'colour' } as unknown as Field,
      { name: 'c', label: 'C', type: 'choice', options: ['', ' '] } as Field,
    ];
    expect(codes(fields)).toEqual([
      ['labelEmpty', [0]],
      ['typeUnknown', [1]],
      ['choiceWithoutOptions', [2]],
    ]);
  });

  it('refuses nested or empty groups and checks sub-fields with their position', () => {
    const nested = {
      name: 'g',
      label: 'G',
      type: 'group',
      fields: [{ name: 'h', label: 'H', type: 'group', fields: [] }],
    } as unknown as Field;
    const empty: Field = { name: 'e', label: 'E', type: 'group', fields: [] };
    const bad: Field = { name: 'f', label: 'F', type: 'group', fields: [text('x'), text('x')] as never };
    expect(codes([nested, empty, bad])).toEqual([
      ['groupNested', [0, 0]],
      ['groupEmpty', [1]],
      ['nameDuplicate', [2, 1]],
    ]);
  });

  it('bounds sizes', () => {
    const many = Array.from({ length: schemaLimits.maxFields + 1 }, (_, i) => text(`f${i}`));
    expect(codes(many)).toEqual([['tooManyFields', []]]);
    expect(codes([{ ...text('a'), help: 'x'.repeat(schemaLimits.maxHelpLength + 1) }])).toEqual([['tooLong', [0]]]);
  });
});
