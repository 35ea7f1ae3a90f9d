import type { MessageKey } from '../../i18n/messages';
import type { LintWarning } from '../../templates/lint-template';
import type { SchemaIssue, SchemaIssueCode, TemplateProblems } from '../../templates/schema';

type T = (key: MessageKey, ...substitutions: (string | number)[]) => string;

const schemaKey: Record<SchemaIssueCode, MessageKey> = {
  tooManyFields: 'schemaTooManyFields',
  nameInvalid: 'schemaNameInvalid',
  nameReserved: 'schemaNameReserved',
  nameDuplicate: 'schemaNameDuplicate',
  labelEmpty: 'schemaLabelEmpty',
  tooLong: 'schemaTooLong',
  typeUnknown: 'schemaTypeUnknown',
  choiceWithoutOptions: 'schemaChoiceWithoutOptions',
  tooManyOptions: 'schemaTooManyOptions',
  groupNested: 'schemaGroupNested',
  groupEmpty: 'schemaGroupEmpty',
};

/** "字段 2 / 子字段 1（name）": the same words as the editor's legends, so the user finds the field. */
function where(t: T, issue: SchemaIssue): string {
  if (issue.at.length === 0) return t('schemaWholeTemplate');
  const [field, sub] = issue.at;
  const place =
    sub === undefined
      ? t('fieldLegend', field + 1)
      : `${t('fieldLegend', field + 1)} / ${t('subFieldLegend', sub + 1)}`;
  return issue.name ? `${place}（${issue.name}）` : place;
}

function lintMessage(t: T, warning: LintWarning): string {
  const name = warning.name ?? '';
  const line = warning.line ?? 1;
  if (warning.kind === 'unknown-helper') return t('unknownHelper', line, name);
  if (warning.kind === 'unknown-partial') return t('unknownPartial', line, name);
  if (warning.kind === 'missing-field') return t('missingFieldWarning', name);
  return t('unusedFieldWarning', name);
}

/** One broken rule of a field schema, with the field it concerns. */
export const schemaIssueMessage = (t: T, issue: SchemaIssue) => t(schemaKey[issue.code], where(t, issue));

/** Errors (the template cannot be used) and warnings (it can, but probably should not), in the UI language. */
export function problemMessages(t: T, problems: TemplateProblems, bodyEmpty: boolean) {
  const errors = [
    ...problems.schema.map((issue) => schemaIssueMessage(t, issue)),
    ...problems.blocking.map((warning) => lintMessage(t, warning)),
    ...(bodyEmpty ? [t('bodyEmpty')] : []),
  ];
  const warnings = problems.warnings.map((warning) => lintMessage(t, warning));
  return { errors, warnings };
}
