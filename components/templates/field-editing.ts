import type { Field, ScalarField } from '../../templates/template-definition';

export type FieldTypeChoice = ScalarField['type'] | 'group';
export const fieldTypeChoices: FieldTypeChoice[] = [
  'text',
  'multiline',
  'date',
  'number',
  'percent',
  'choice',
  'group',
];

/** Changing a field's type keeps what still applies (name, label, required, help) and drops the rest. */
export function withType(field: Field, type: FieldTypeChoice): Field {
  const { name, label, required, help } = field;
  const base = { name, label, ...(required ? { required } : {}), ...(help ? { help } : {}) };
  if (type === 'group') return { ...base, type, fields: field.type === 'group' ? field.fields : [] };
  const example = field.type === 'group' ? undefined : field.example;
  const options = field.type !== 'group' && field.options ? field.options : type === 'choice' ? [] : undefined;
  return { ...base, type, ...(example ? { example } : {}), ...(type === 'choice' ? { options } : {}) };
}

/** A new field with a free name (field1, field2…), so the schema stays valid while the user types. */
export function newField(siblings: readonly Field[], type: FieldTypeChoice): Field {
  const names = new Set(siblings.map((f) => f.name));
  let n = siblings.length + 1;
  while (names.has(`field${n}`)) n++;
  return withType({ name: `field${n}`, label: '', type: 'text' }, type);
}

/** What is stored: option lists without the blank lines the textarea allows while typing. */
export function cleanFields(fields: readonly Field[]): Field[] {
  return fields.map((field) => {
    if (field.type === 'group') return { ...field, fields: cleanFields(field.fields) as ScalarField[] };
    if (!field.options) return { ...field };
    return { ...field, options: field.options.map((o) => o.trim()).filter(Boolean) };
  });
}
