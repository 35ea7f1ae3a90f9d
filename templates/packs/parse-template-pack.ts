import * as v from 'valibot';
import { problemsOf } from '../../domain/file-problem';
import { isPlainObject } from '../../domain/forbidden-keys';
import { validateFieldSchema } from '../schema/validate-field-schema';
import {
  templatePackFormat,
  templatePackLimits,
  templatePackLists,
  templatePackVersion,
  type ParseTemplatePackResult,
  type TemplatePackError,
  type TemplatePackErrorCode,
} from './template-pack';
import { templatePackSchema } from './template-pack-schema';

const refuse = (code: TemplatePackErrorCode, detail: string): ParseTemplatePackResult => ({
  ok: false,
  errors: [{ code, place: {}, detail }],
});

/**
 * Validates a whole pack file before anything is stored, like a backup: size, JSON (a cut-off file is
 * told apart from other bad JSON), format, version, then every template's structure, then its fields
 * against the rules of the template editor (a pack must not bring a template the editor would refuse).
 */
export function parseTemplatePack(text: string): ParseTemplatePackResult {
  if (text.length > templatePackLimits.maxFileBytes) return refuse('tooLarge', 'file too large');
  if (text.trim() === '') return refuse('empty', 'empty file');
  let root: unknown;
  try {
    root = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return refuse(isCutOff(text, detail) ? 'truncated' : 'notJson', detail);
  }
  if (!isPlainObject(root) || root.format !== templatePackFormat) {
    return refuse('wrongFormat', `not a ${templatePackFormat} file`);
  }
  if (root.version !== templatePackVersion) return refuse('unsupportedVersion', `version ${String(root.version)}`);
  if (Array.isArray(root.templates) && root.templates.length === 0) return refuse('empty', 'no templates');
  const result = v.safeParse(templatePackSchema, root);
  if (!result.success) return { ok: false, errors: problemsOf(root, result.issues, templatePackLists) };
  const errors = result.output.templates.flatMap((template, i): TemplatePackError[] => {
    const [first] = validateFieldSchema(template.fields);
    if (!first) return [];
    const place = { list: 'templates', index: i, name: template.name, field: 'fields' };
    return [{ code: 'invalidSchema', place, detail: first.code, schema: first }];
  });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, pack: result.output };
}

/** A file cut off mid-way fails at its very end: V8 says "end of JSON input" or a position at the end. */
function isCutOff(text: string, detail: string): boolean {
  if (/end of (JSON )?input|Unterminated/i.test(detail)) return true;
  const position = /position (\d+)/.exec(detail);
  return position !== null && Number(position[1]) >= text.trimEnd().length - 1 && text.trimStart().startsWith('{');
}
