import { Issues, isPlainObject } from '../../backup/backup-reader';
import { validateFieldSchema } from '../schema/validate-field-schema';
import { readPackedTemplate } from './read-packed-template';
import { scanKeys } from './scan-keys';
import {
  templatePackFormat,
  templatePackLimits,
  templatePackVersion,
  type ParseTemplatePackResult,
  type PackedTemplate,
  type TemplatePackError,
} from './template-pack';

const fail = (error: TemplatePackError): ParseTemplatePackResult => ({ ok: false, errors: [error] });

/**
 * Validates a whole pack file before anything is stored, like a backup: size, JSON (a cut-off file is
 * told apart from other bad JSON), format, version, forbidden keys, then every template and its schema.
 */
export function parseTemplatePack(text: string): ParseTemplatePackResult {
  if (text.length > templatePackLimits.maxFileBytes)
    return fail({ code: 'tooLarge', path: '$', detail: 'file too large' });
  if (text.trim() === '') return fail({ code: 'empty', path: '$', detail: 'empty file' });
  let root: unknown;
  try {
    root = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return fail({ code: isCutOff(text, detail) ? 'truncated' : 'notJson', path: '$', detail });
  }
  const keyErrors = scanKeys(root);
  if (keyErrors.length > 0) return { ok: false, errors: keyErrors };
  if (!isPlainObject(root) || root.format !== templatePackFormat) {
    return fail({ code: 'wrongFormat', path: '$.format', detail: `not a ${templatePackFormat} file` });
  }
  if (root.version !== templatePackVersion) {
    return fail({
      code: 'unsupportedVersion',
      path: '$.version',
      detail: `unsupported version ${String(root.version)}`,
    });
  }
  const list = root.templates;
  if (!Array.isArray(list)) return fail({ code: 'invalidField', path: '$.templates', detail: 'expected an array' });
  if (list.length === 0) return fail({ code: 'empty', path: '$.templates', detail: 'no templates' });
  if (list.length > templatePackLimits.maxTemplates)
    return fail({ code: 'tooLarge', path: '$.templates', detail: 'too many templates' });

  const issues = new Issues();
  const templates: PackedTemplate[] = [];
  list.forEach((value, i) => {
    const template = readPackedTemplate(value, `$.templates[${i}]`, issues);
    if (!template) return;
    const schema = validateFieldSchema(template.fields);
    if (schema.length > 0) {
      const first = schema[0];
      issues.errors.push({
        code: 'invalidField',
        path: `$.templates[${i}].fields`,
        detail: `invalidSchema:${first.code}`,
      });
    }
    templates.push(template);
  });
  const errors: TemplatePackError[] = issues.errors.map((e) =>
    e.detail.startsWith('invalidSchema:') ? { ...e, code: 'invalidSchema' } : e,
  );
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, pack: { format: templatePackFormat, version: templatePackVersion, templates } };
}

/** A file cut off mid-way fails at its very end: V8 says "end of JSON input" or a position at the end. */
function isCutOff(text: string, detail: string): boolean {
  if (/end of (JSON )?input|Unterminated/i.test(detail)) return true;
  const position = /position (\d+)/.exec(detail);
  return position !== null && Number(position[1]) >= text.trimEnd().length - 1 && text.trimStart().startsWith('{');
}
