/** The template system's public surface: what the rest of the extension imports. */
export { builtinTemplates, findBuiltinTemplate } from './builtin';
export { exampleValues } from './example-values';
export { lintTemplate, type LintWarning } from './lint-template';
export { countPlaceholders, isPlaceholder, placeholder, placeholderPrefix } from './placeholder';
export { renderDocument } from './render-document';
export { renderTemplateSource, type RenderTemplateSourceResult } from './render-template-source';
export { textToHtml } from './text-to-html';
export { classifyLines, type LineKind } from './classify-lines';
export { defaultHelpers } from './helpers';
export { evaluateTemplate, parseTemplate, TemplateRuntimeError } from './engine';
export type { EvaluateOptions, HelperFn, HelperOptions, ParseTemplateResult, TemplateError } from './engine';
export * from './template-definition';
