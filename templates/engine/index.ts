export type * from './ast';
export { escapeHtml } from './escape-html';
export { evaluateTemplate, type EvaluateOptions } from './evaluate-template';
export type { DataFrame, HelperFn, HelperOptions, ProgramFn } from './helper-fn';
export { parseTemplate, type ParseTemplateResult } from './parse-template';
export { sourceLine, type TemplateError } from './template-error';
export { TemplateRuntimeError } from './template-runtime-error';
export { templateLimits, type TemplateLimitCode } from './template-limits';
