import { renderTemplateSource } from './render-template-source';
import type { FieldValues, RenderedDocument, TemplateDefinition } from './template-definition';

/**
 * Render a template definition with the form's values. Missing values show as `【待填：标签】`.
 * @throws Error when the definition's body is broken; for bodies users write, call
 * renderTemplateSource, which returns the error (with line and column) instead.
 */
export function renderDocument(def: TemplateDefinition, values: FieldValues): RenderedDocument {
  const result = renderTemplateSource(def.body, values, def.fields);
  if (!result.ok) {
    const { message, line, column } = result.error;
    throw new Error(`Template "${def.id}" line ${line}, column ${column}: ${message}`);
  }
  return result.doc;
}
