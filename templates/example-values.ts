import type { Field, FieldValues } from './template-definition';

/**
 * The form values a template's examples describe: for previews, "fill with example", and tests.
 * A group uses its own example rows, else one row built from its fields' examples.
 */
export function exampleValues(fields: readonly Field[]): FieldValues {
  const values: FieldValues = {};
  for (const field of fields) {
    if (field.type === 'group') {
      const row = Object.fromEntries(field.fields.map((sub) => [sub.name, sub.example ?? '']));
      values[field.name] = field.example ? field.example.map((r) => ({ ...r })) : [row];
    } else {
      values[field.name] = field.example ?? '';
    }
  }
  return values;
}
