import type { Field } from '../template-definition';
import { forbiddenKeys } from '../../domain/forbidden-keys';
import { fieldNamePattern, reservedFieldNames, schemaLimits } from './schema-limits';

export type SchemaIssueCode =
  | 'tooManyFields'
  | 'nameInvalid'
  | 'nameReserved'
  | 'nameDuplicate'
  | 'labelEmpty'
  | 'tooLong'
  | 'typeUnknown'
  | 'choiceWithoutOptions'
  | 'tooManyOptions'
  | 'groupNested'
  | 'groupEmpty';

export interface SchemaIssue {
  code: SchemaIssueCode;
  /** 0-based position: [field] or [group, sub-field]; [] for the whole schema. */
  at: number[];
  /** The field's name as written, to show the user which one. */
  name?: string;
}

const scalarTypes = new Set(['text', 'multiline', 'date', 'number', 'percent', 'choice']);

/**
 * Checks a field schema a user wrote (or a pack brought in). Every problem is listed, so the editor
 * can mark each field; the structure itself (strings, arrays) is assumed checked by the caller's type
 * or by the pack reader, but values are still re-checked defensively here.
 */
export function validateFieldSchema(fields: readonly Field[]): SchemaIssue[] {
  const issues: SchemaIssue[] = [];
  if (fields.length > schemaLimits.maxFields) issues.push({ code: 'tooManyFields', at: [] });
  checkList(fields, [], issues, true);
  return issues;
}

function checkList(fields: readonly Field[], parent: number[], issues: SchemaIssue[], allowGroups: boolean): void {
  const seen = new Set<string>();
  fields.forEach((field, i) => {
    const at = [...parent, i];
    const name = typeof field.name === 'string' ? field.name : '';
    const issue = (code: SchemaIssueCode) => issues.push({ code, at, name });
    if (!fieldNamePattern.test(name) || name.length > schemaLimits.maxNameLength || reservedFieldNames.has(name)) {
      issue('nameInvalid');
    } else if (forbiddenKeys.has(name)) issue('nameReserved');
    else if (seen.has(name)) issue('nameDuplicate');
    seen.add(name);
    if (typeof field.label !== 'string' || field.label.trim() === '') issue('labelEmpty');
    const tooLong =
      (field.label?.length ?? 0) > schemaLimits.maxLabelLength ||
      (field.help?.length ?? 0) > schemaLimits.maxHelpLength ||
      (typeof field.example === 'string' && field.example.length > schemaLimits.maxExampleLength);
    if (tooLong) issue('tooLong');
    if (field.type === 'group') {
      if (!allowGroups) return issue('groupNested');
      const subs = Array.isArray(field.fields) ? field.fields : [];
      if (subs.length === 0) issue('groupEmpty');
      if (subs.length > schemaLimits.maxSubFields) issue('tooManyFields');
      checkList(subs, at, issues, false);
      return;
    }
    if (!scalarTypes.has(field.type)) return issue('typeUnknown');
    if (field.type === 'choice') checkOptions(field.options, issue);
  });
}

function checkOptions(options: unknown, issue: (code: SchemaIssueCode) => void): void {
  const list = Array.isArray(options)
    ? (options as unknown[]).filter((o): o is string => typeof o === 'string' && o.trim() !== '')
    : [];
  if (list.length === 0) return issue('choiceWithoutOptions');
  if (list.length > schemaLimits.maxOptions) issue('tooManyOptions');
  if (list.some((o) => o.length > schemaLimits.maxOptionLength)) issue('tooLong');
}
