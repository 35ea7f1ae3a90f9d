import type { Program, Statement } from './ast';
import { builtinHelpers } from './builtin-helpers';
import type { Frame, Runtime } from './frame';
import type { HelperFn } from './helper-fn';
import { escapeHtml } from './escape-html';
import { invokeCall } from './invoke-call';
import { renderPartial } from './render-partial';
import { TemplateRuntimeError } from './template-runtime-error';
import { toText } from './to-text';

export interface EvaluateOptions {
  /** Added to (and overriding) the built-ins if, unless, each, with, lookup. */
  helpers?: Record<string, HelperFn>;
  /** Partial sources by name, parsed when first used. */
  partials?: Record<string, string>;
  /** Applied to `{{x}}` output; defaults to Handlebars' HTML escape. Pass identity for plain text. */
  escape?: (text: string) => string;
}

/**
 * Render a parsed template without generating code, so it runs under an MV3 extension CSP where
 * Handlebars.compile throws EvalError. Output matches Handlebars 4.7 for the supported features.
 * @throws TemplateRuntimeError for unknown helpers, missing partials and unsupported decorators.
 */
export function evaluateTemplate(program: Program, context: unknown, options: EvaluateOptions = {}): string {
  const helpers = new Map<string, HelperFn>(Object.entries(builtinHelpers));
  for (const [name, fn] of Object.entries(options.helpers ?? {})) helpers.set(name, fn);
  const runtime: Runtime = {
    helpers,
    partials: options.partials ?? {},
    escape: options.escape ?? escapeHtml,
    parsedPartials: new Map(),
    renderProgram,
  };
  return renderProgram(program, { runtime, context, depths: [context], data: { root: context } });
}

function renderProgram(program: Program, frame: Frame): string {
  let out = '';
  for (const statement of program.body) out += renderStatement(statement, frame);
  return out;
}

function renderStatement(node: Statement, frame: Frame): string {
  switch (node.type) {
    case 'ContentStatement':
      return node.value;
    case 'CommentStatement':
      return '';
    case 'MustacheStatement': {
      const value = invokeCall(node, frame);
      if (!node.escaped) return toText(value);
      return isSafeString(value) ? String(value.toHTML()) : frame.runtime.escape(toText(value));
    }
    case 'BlockStatement':
      return toText(invokeCall(node, frame, { program: node.program, inverse: node.inverse }));
    case 'PartialStatement':
    case 'PartialBlockStatement':
      return renderPartial(node, frame);
    default:
      throw new TemplateRuntimeError('Decorators ({{* }}) are not supported', { loc: node.loc });
  }
}

/** Values with toHTML (Handlebars.SafeString) are already markup and bypass escaping. */
function isSafeString(value: unknown): value is { toHTML: () => unknown } {
  return !!value && typeof (value as { toHTML?: unknown }).toHTML === 'function';
}
