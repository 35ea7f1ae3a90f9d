import type { PartialStatement, Program } from './ast';
import type { Frame } from './frame';
import { evaluateExpression, evaluateHash, invokeCall } from './invoke-call';
import { parseTemplate } from './parse-template';
import { TemplateRuntimeError } from './template-runtime-error';

/**
 * `{{> name}}`, `{{> name ctx key=value}}`, `{{> (dynamic)}}`, and `{{#> name}}fallback{{/name}}`.
 * Partials are template source parsed on first use. Unlike Handlebars, `../` inside a partial
 * always reaches the caller's contexts (Handlebars passes them only if the caller itself uses `../`).
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
  const program = partialProgram(name, node, frame);
  const depths = context != frame.depths[0] ? [context, ...frame.depths] : frame.depths;
  const output = frame.runtime.renderProgram(program, { runtime: frame.runtime, context, depths, data: frame.data });
  return node.indent ? indent(output, node.indent) : output;
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
    if (node.type === 'PartialBlockStatement' && node.program) return node.program;
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
