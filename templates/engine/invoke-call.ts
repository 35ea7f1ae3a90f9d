import type { CallNode, Expression, Hash, Literal, PathExpression, Program } from './ast';
import { blockHelperMissing } from './builtin-helpers';
import { nullContext, type Frame } from './frame';
import type { HelperFn, HelperOptions } from './helper-fn';
import { lookupProperty } from './lookup-property';
import { makeProgramFn } from './make-program-fn';
import { findBlockParam, isSimplePath, resolvePath } from './resolve-path';
import { TemplateRuntimeError } from './template-runtime-error';

/** Names Handlebars treats as helpers even without arguments (`{{if}}` calls the helper). */
const knownHelpers = new Set(['helperMissing', 'blockHelperMissing', 'each', 'if', 'unless', 'with', 'log', 'lookup']);

export interface BlockPrograms {
  program?: Program;
  inverse?: Program;
}

export function evaluateExpression(expr: Expression, frame: Frame): unknown {
  switch (expr.type) {
    case 'StringLiteral':
    case 'NumberLiteral':
    case 'BooleanLiteral':
      return expr.value;
    case 'UndefinedLiteral':
      return undefined;
    case 'NullLiteral':
      return null;
    case 'PathExpression':
      return resolvePath(expr, frame);
    case 'SubExpression':
      return invokeCall(expr, frame, undefined, true);
  }
}

/**
 * Evaluate a mustache, block or subexpression the way Handlebars' compiler classifies it:
 * - helper: has arguments (or is a subexpression / known helper) → must be a function;
 * - ambiguous: a bare simple name → a helper if one is registered, else a context value;
 * - simple: anything else (paths, `this`, `../`, block params) → a context value.
 * Block values that are not helpers go through blockHelperMissing (sections, as in Mustache).
 */
export function invokeCall(node: CallNode, frame: Frame, block?: BlockPrograms, isSubExpression = false): unknown {
  const path = literalToPath(node.path);
  const name = path.original;
  const simple = isSimplePath(path);
  const isBlockParam = simple && findBlockParam(frame.blockParams, path.parts[0]) !== undefined;
  const hasArgs = node.params.length > 0 || node.hash !== undefined;
  const kind = isBlockParam
    ? 'simple'
    : isSubExpression || hasArgs || (simple && knownHelpers.has(name))
      ? 'helper'
      : simple
        ? 'ambiguous'
        : 'simple';

  const thisArg = frame.context ?? nullContext;
  const options = helperOptions(name, node, frame, block);
  const registered = simple ? frame.runtime.helpers.get(name) : undefined;

  if (kind === 'helper') {
    const params = node.params.map((p) => evaluateExpression(p, frame));
    const candidate = registered ?? resolvePath(path, frame);
    if (typeof candidate === 'function')
      return callHelper(candidate as HelperFn, thisArg, [...params, options], name, node);
    if (candidate) {
      throw new TemplateRuntimeError(`"${name}" is not a helper`, { helper: name, loc: node.loc });
    }
    // Handlebars' helperMissing: silent when called with no arguments, an error otherwise.
    if (params.length === 0) return undefined;
    throw new TemplateRuntimeError(`Unknown helper "${name}"`, { helper: name, loc: node.loc });
  }

  if (kind === 'ambiguous' && registered) return callHelper(registered, thisArg, [options], name, node);

  let value = resolvePath(path, frame);
  if (typeof value === 'function') {
    // An ambiguous function gets helper options; a simple one is a Mustache lambda.
    value =
      kind === 'ambiguous'
        ? callHelper(value as HelperFn, thisArg, [options], name, node)
        : (value as HelperFn).call(frame.context);
  }
  // A section's `this` is the context itself, null or undefined included (not the helpers' stand-in):
  // `{{#@root.flag}}` at a null context renders its block at null, which adds no `../` level.
  return block ? blockHelperMissing.call(frame.context, value, options) : value;
}

function helperOptions(name: string, node: CallNode, frame: Frame, block?: BlockPrograms): HelperOptions {
  const options: HelperOptions = {
    name,
    hash: evaluateHash(node.hash, frame),
    data: frame.data,
    loc: node.loc,
    lookupProperty,
  };
  if (block) {
    options.fn = makeProgramFn(block.program, frame);
    options.inverse = makeProgramFn(block.inverse, frame);
  }
  return options;
}

/** Handlebars fills the hash from the last pair to the first; key order is visible to `each`. */
export function evaluateHash(hash: Hash | undefined, frame: Frame): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const pair of [...(hash?.pairs ?? [])].reverse()) result[pair.key] = evaluateExpression(pair.value, frame);
  return result;
}

function callHelper(fn: HelperFn, thisArg: unknown, args: unknown[], name: string, node: CallNode): unknown {
  try {
    return fn.apply(thisArg, args);
  } catch (err) {
    if (err instanceof TemplateRuntimeError) throw err;
    const reason = err instanceof Error ? err.message : String(err);
    throw new TemplateRuntimeError(`Helper "${name}" failed: ${reason}`, { helper: name, loc: node.loc, cause: err });
  }
}

/** `{{"foo bar"}}` or `{{true}}` look up a property named by the literal, as Handlebars does. */
function literalToPath(path: PathExpression | Literal): PathExpression {
  if (path.type === 'PathExpression') return path;
  const original = 'original' in path ? String(path.original) : path.type === 'NullLiteral' ? 'null' : 'undefined';
  return { type: 'PathExpression', data: false, depth: 0, parts: [original], original, loc: path.loc };
}
