import { exampleValues } from '../example-values';
import { lintTemplate, type LintWarning } from '../lint-template';
import { renderTemplateSource } from '../render-template-source';
import type { Field } from '../template-definition';
import type { TemplateError } from '../engine/template-error';
import { validateFieldSchema, type SchemaIssue } from './validate-field-schema';

export interface TemplateProblems {
  /** Syntax or runtime error, positioned (line, column, offending line). */
  error?: TemplateError;
  /** Unknown helpers and partials: the template cannot render. */
  blocking: LintWarning[];
  /** A field used but not defined, or defined but unused: allowed, but probably a mistake. */
  warnings: LintWarning[];
  schema: SchemaIssue[];
  /** False while anything blocks: such a template can be saved, but not used to fill. */
  usable: boolean;
}

/** Everything wrong with a template a user wrote, checked against its own example values. */
export function findTemplateProblems(body: string, fields: readonly Field[]): TemplateProblems {
  const schema = validateFieldSchema(fields);
  const lint = lintTemplate(body, fields);
  const blocking = lint.filter((w) => w.kind === 'unknown-helper' || w.kind === 'unknown-partial');
  const warnings = lint.filter((w) => w.kind === 'missing-field' || w.kind === 'unused-field');
  let error: TemplateError | undefined;
  try {
    const result = renderTemplateSource(body, exampleValues(fields), fields);
    if (!result.ok) error = result.error;
  } catch (thrown) {
    error = { message: thrown instanceof Error ? thrown.message : String(thrown), line: 1, column: 1, excerpt: '' };
  }
  const usable = !error && blocking.length === 0 && schema.length === 0 && body.trim() !== '';
  return { error, blocking, warnings, schema, usable };
}
