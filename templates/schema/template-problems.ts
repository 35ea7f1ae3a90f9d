import { parseTemplate } from '../engine/parse-template';
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

/**
 * Everything wrong with a template a user wrote, checked against its own example values. Listing
 * templates passes `render: false`: a list must never run a template (a hostile one could cost the
 * whole render budget per entry), so runtime errors are found when the template is opened.
 */
export function findTemplateProblems(
  body: string,
  fields: readonly Field[],
  { render = true }: { render?: boolean } = {},
): TemplateProblems {
  const schema = validateFieldSchema(fields);
  const lint = lintTemplate(body, fields);
  const blocking = lint.filter((w) => w.kind === 'unknown-helper' || w.kind === 'unknown-partial');
  const warnings = lint.filter((w) => w.kind === 'missing-field' || w.kind === 'unused-field');
  const error = render ? renderError(body, fields) : parseError(body);
  const usable = !error && blocking.length === 0 && schema.length === 0 && body.trim() !== '';
  return { error, blocking, warnings, schema, usable };
}

function renderError(body: string, fields: readonly Field[]): TemplateError | undefined {
  try {
    const result = renderTemplateSource(body, exampleValues(fields), fields);
    return result.ok ? undefined : result.error;
  } catch (thrown) {
    return { message: thrown instanceof Error ? thrown.message : String(thrown), line: 1, column: 1, excerpt: '' };
  }
}

function parseError(body: string): TemplateError | undefined {
  const parsed = parseTemplate(body);
  return parsed.ok ? undefined : parsed.error;
}
