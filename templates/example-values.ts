import { newValueMap } from '../domain/field-values';
import type { Field, FieldValues } from './template-definition';

/**
 * The form values a template's examples describe: for previews, "fill with example", and tests.
 * A group uses its own example rows, else one row built from its fields' examples.
 */
export function exampleValues(fields: readonly Field[]): FieldValues {
  const values = newValueMap();
  for (const field of fields) {
    if (field.type === 'group') {
      const row = newValueMap(Object.fromEntries(field.fields.map((sub) => [sub.name, sub.example ?? ''])));
      values[field.name] = field.example ? field.example.map((r) => newValueMap(r)) : [row];
    } else {
      values[field.name] = field.example ?? '';
    }
  }
  return values;
}
