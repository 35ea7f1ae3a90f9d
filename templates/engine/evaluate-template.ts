import type { Program, Statement } from './ast';
import { builtinHelpers } from './builtin-helpers';
import type { Frame, Runtime } from './frame';
import type { HelperFn } from './helper-fn';
import { escapeHtml } from './escape-html';
import { invokeCall } from './invoke-call';
import { renderPartial } from './render-partial';
import { templateLimits } from './template-limits';
import { TemplateRuntimeError } from './template-runtime-error';
import { toText } from './to-text';

export interface EvaluateOptions {
  /** Added to (and overriding) the built-ins if, unless, each, with, lookup. */
  helpers?: Record<string, HelperFn>;
  /** Partial sources by name, parsed when first used. */
  partials?: Record<string, string>;
  /** Applied to `{{x}}` output; defaults to Handlebars' HTML escape. Pass identity for plain text. */
  escape?: (text: string) => string;
  /** Overrides templateLimits (tests use small ones). */
  limits?: { maxSteps?: number; maxOutput?: number };
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
    stepsLeft: options.limits?.maxSteps ?? templateLimits.maxSteps,
    renderProgram: (inner, frame) => renderProgram(inner, frame, maxOutput),
  };
  const maxOutput = options.limits?.maxOutput ?? templateLimits.maxOutput;
  return renderProgram(program, { runtime, context, depths: [context], data: { root: context } }, maxOutput);
}

/**
 * Every program entered and every statement costs a step, so an empty loop body still counts; the
 * output is checked as it grows, so neither a deep loop nor a wide one can run unbounded.
 */
function renderProgram(program: Program, frame: Frame, maxOutput: number): string {
  spend(frame, 1 + program.body.length, program);
  let out = '';
  for (const statement of program.body) {
    out += renderStatement(statement, frame);
    if (out.length > maxOutput) throw tooComplex(`Output exceeds ${maxOutput} characters`, statement);
  }
  return out;
}

function spend(frame: Frame, steps: number, node: Program): void {
  frame.runtime.stepsLeft -= steps;
  if (frame.runtime.stepsLeft < 0) throw tooComplex('Template takes too many steps to render', node);
}

function tooComplex(message: string, node: Program | Statement): TemplateRuntimeError {
  return new TemplateRuntimeError(message, { loc: node.loc, limit: 'too-complex' });
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
