import type { PartialStatement, Program } from './ast';
import { createDataFrame, type Frame } from './frame';
import type { DataFrame, ProgramFn } from './helper-fn';
import { evaluateExpression, evaluateHash, invokeCall } from './invoke-call';
import { makeProgramFn } from './make-program-fn';
import { parseTemplate } from './parse-template';
import { TemplateRuntimeError } from './template-runtime-error';

/**
 * `{{> name}}`, `{{> name ctx key=value}}`, `{{> (dynamic)}}`, and `{{#> name}}block{{/name}}`, whose
 * block is the fallback when the partial is missing and `{{> @partial-block}}` inside it. As in
 * Handlebars, the block keeps the caller's block params and `../`, and runs in a data frame of its own.
 * Partials are template source parsed on first use. Unlike Handlebars, `../` inside a partial always
 * reaches the caller's contexts (Handlebars passes them only if the caller itself uses `../`).
 */
export function renderPartial(node: PartialStatement, frame: Frame): string {
  const name = partialName(node, frame);
  if (node.params.length > 1) {
    throw new TemplateRuntimeError(`Partial "${name}" takes at most one context argument`, {
      partial: name,
      loc: node.loc,
    });
  }
  let context = node.params.length ? evaluateExpression(node.params[0], frame) : frame.context;
  if (node.hash) context = Object.assign({}, context, evaluateHash(node.hash, frame));
  const isBlock = node.type === 'PartialBlockStatement';
  const data = isBlock ? withPartialBlock(node.program, frame) : frame.data;
  const block = name === '@partial-block' ? frame.data[partialBlockKey] : isBlock ? data[partialBlockKey] : undefined;
  let output: string;
  if (name === '@partial-block' || (isBlock && !Object.prototype.hasOwnProperty.call(frame.runtime.partials, name))) {
    if (typeof block !== 'function') {
      throw new TemplateRuntimeError(`Partial "${name}" not found`, { partial: name, loc: node.loc });
    }
    output = (block as ProgramFn)(context, { data });
  } else {
    const program = partialProgram(name, node, frame);
    const depths = context != frame.depths[0] ? [context, ...frame.depths] : frame.depths;
    output = frame.runtime.renderProgram(program, { runtime: frame.runtime, context, depths, data });
  }
  return node.indent ? indent(output, node.indent) : output;
}

const partialBlockKey = 'partial-block';

/**
 * The data frame a partial block runs in: a child frame holding the block as `@partial-block`. The block
 * itself renders in a further child frame where `@partial-block` is the caller's own again.
 */
function withPartialBlock(program: Program | undefined, frame: Frame): DataFrame {
  const data = createDataFrame(frame.data);
  if (!program) return data;
  const outer = frame.data[partialBlockKey];
  const fn = makeProgramFn(program, frame);
  const block: ProgramFn = (context, options = {}) => {
    const inner = createDataFrame(options.data ?? data);
    inner[partialBlockKey] = outer;
    return fn(context, { ...options, data: inner });
  };
  data[partialBlockKey] = block;
  return data;
}

function partialName(node: PartialStatement, frame: Frame): string {
  const nameNode = node.name;
  if (nameNode.type === 'SubExpression') return String(invokeCall(nameNode, frame, undefined, true));
  if ('original' in nameNode) return String(nameNode.original);
  return nameNode.type === 'NullLiteral' ? 'null' : 'undefined';
}

function partialProgram(name: string, node: PartialStatement, frame: Frame): Program {
  const { partials, parsedPartials } = frame.runtime;
  const cached = parsedPartials.get(name);
  if (cached) return cached;
  if (!Object.prototype.hasOwnProperty.call(partials, name)) {
    throw new TemplateRuntimeError(`Partial "${name}" not found`, { partial: name, loc: node.loc });
  }
  const parsed = parseTemplate(partials[name]);
  if (!parsed.ok) {
    const { message, line, column } = parsed.error;
    throw new TemplateRuntimeError(`Partial "${name}" line ${line}, column ${column}: ${message}`, {
      partial: name,
      loc: node.loc,
    });
  }
  parsedPartials.set(name, parsed.program);
  return parsed.program;
}

/** Standalone partials indent every line they produce, except a trailing empty one. */
function indent(text: string, prefix: string): string {
  const lines = text.split('\n');
  return lines.map((line, i) => (!line && i === lines.length - 1 ? line : prefix + line)).join('\n');
}
