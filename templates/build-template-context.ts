import { placeholder } from './placeholder';
import type { Field, FieldValues, GroupField, ScalarField } from './template-definition';

type Row = Record<string, string>;

/**
 * Turn form values into what a template body sees. Values are trimmed. A missing required value
 * becomes its visible placeholder, never example or default text; a missing optional value becomes
 * '' so the body can drop the sentence with `{{#if}}`. A required group with no filled row
 * becomes one row of placeholders, so its section still shows what is missing.
 */
export function buildTemplateContext(fields: readonly Field[], values: FieldValues): Record<string, string | Row[]> {
  const context: Record<string, string | Row[]> = {};
  for (const field of fields) {
    const raw = values[field.name];
    context[field.name] = field.type === 'group' ? groupRows(field, raw) : scalarValue(field, raw);
  }
  return context;
}

function scalarValue(field: ScalarField, raw: unknown): string {
  const text = typeof raw === 'string' ? raw.trim() : '';
  if (text) return text;
  return field.required ? placeholder(field.label) : '';
}

function groupRows(group: GroupField, raw: unknown): Row[] {
  const rows = (Array.isArray(raw) ? raw : [])
    .filter((row): row is Record<string, unknown> => !!row && typeof row === 'object')
    .map((row) => {
      const out: Row = {};
      for (const sub of group.fields)
        out[sub.name] = typeof row[sub.name] === 'string' ? (row[sub.name] as string).trim() : '';
      return out;
    })
    // A row the user added but left blank says nothing; it must not turn into placeholders.
    .filter((row) => group.fields.some((sub) => row[sub.name] !== ''))
    .map((row) => {
      for (const sub of group.fields) row[sub.name] ||= sub.required ? placeholder(sub.label) : '';
      return row;
    });
  if (rows.length > 0 || !group.required) return rows;
  const empty: Row = {};
  for (const sub of group.fields) empty[sub.name] = placeholder(sub.label);
  return [empty];
}
