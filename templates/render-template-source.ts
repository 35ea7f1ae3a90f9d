import { buildTemplateContext } from './build-template-context';
import { evaluateTemplate } from './engine/evaluate-template';
import { parseTemplate } from './engine/parse-template';
import { sourceLine, type TemplateError } from './engine/template-error';
import { TemplateRuntimeError } from './engine/template-runtime-error';
import { defaultHelpers } from './helpers';
import { normalizeText } from './normalize-text';
import { countPlaceholders } from './placeholder';
import type { Field, FieldValues, RenderedDocument } from './template-definition';
import { sanitizeDocumentHtml } from './output/sanitize-document-html';
import { textToHtml } from './text-to-html';

export type RenderTemplateSourceResult = { ok: true; doc: RenderedDocument } | { ok: false; error: TemplateError };

/**
 * Render a template body (built-in or user-written) with form values. Bodies are plain text, so
 * values are not HTML-escaped here; the HTML is derived, escaped, from the finished text.
 * Syntax errors and runtime errors (unknown helper, missing partial) come back as a TemplateError.
 */
export function renderTemplateSource(
  source: string,
  values: FieldValues,
  fields: readonly Field[],
): RenderTemplateSourceResult {
  const parsed = parseTemplate(source);
  if (!parsed.ok) return parsed;
  let raw: string;
  try {
    raw = evaluateTemplate(parsed.program, buildTemplateContext(fields, values), {
      helpers: { ...defaultHelpers },
      escape: (text) => text,
    });
  } catch (err) {
    if (!(err instanceof TemplateRuntimeError)) throw err;
    const line = err.line ?? 1;
    return {
      ok: false,
      error: {
        message: err.message,
        line,
        column: err.column ?? 1,
        excerpt: sourceLine(source, line),
        ...(err.limit && { limit: err.limit }),
      },
    };
  }
  const text = normalizeText(raw);
  return {
    ok: true,
    doc: {
      title:
        text
          .split('\n')
          .find((line) => line.trim() !== '')
          ?.trim() ?? '',
      text,
      html: sanitizeDocumentHtml(textToHtml(text)),
      placeholders: countPlaceholders(text),
    },
  };
}
