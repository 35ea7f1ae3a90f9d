import { fieldValue } from '../domain/field-values';
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
  // Built with Object.fromEntries (own data properties): a field named like an Object member, which an
  // older version allowed, is an ordinary key and cannot replace the context's prototype. The engine
  // reads own properties only, as Handlebars does.
  return Object.fromEntries(
    fields.map((field) => {
      const raw = fieldValue(values, field.name);
      return [field.name, field.type === 'group' ? groupRows(field, raw) : scalarValue(field, raw)];
    }),
  );
}

function scalarValue(field: ScalarField, raw: unknown): string {
  const text = typeof raw === 'string' ? raw.trim() : '';
  if (text) return text;
  return field.required ? placeholder(field.label) : '';
}

function groupRows(group: GroupField, raw: unknown): Row[] {
  const cells = (row: Record<string, unknown>, fill: (sub: ScalarField, cell: unknown) => string): Row =>
    Object.fromEntries(group.fields.map((sub) => [sub.name, fill(sub, fieldValue(row, sub.name))]));
  const rows = (Array.isArray(raw) ? raw : [])
    .filter((row): row is Record<string, unknown> => !!row && typeof row === 'object')
    .map((row) => cells(row, (_, cell) => (typeof cell === 'string' ? cell.trim() : '')))
    // A row the user added but left blank says nothing; it must not turn into placeholders.
    .filter((row) => Object.values(row).some((cell) => cell !== ''))
    .map((row) => cells(row, (sub, cell) => (cell as string) || (sub.required ? placeholder(sub.label) : '')));
  if (rows.length > 0 || !group.required) return rows;
  return [cells({}, (sub) => placeholder(sub.label))];
}
