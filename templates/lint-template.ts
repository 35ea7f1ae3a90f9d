import type { BlockStatement, CallNode, Expression, PathExpression, Program, Statement } from './engine/ast';
import { builtinHelpers } from './engine/builtin-helpers';
import { parseTemplate } from './engine/parse-template';
import { defaultHelpers } from './helpers';
import type { Field, GroupField } from './template-definition';

export interface LintWarning {
  kind: 'syntax-error' | 'missing-field' | 'unused-field' | 'unknown-helper' | 'unknown-partial';
  /** The field (`group.subfield` inside groups), helper or partial concerned. */
  name?: string;
  message: string;
  line?: number;
  column?: number;
}

/** A context a path can resolve against: the form root, a group's row, or something unknown. */
type Context = { kind: 'root' } | { kind: 'row'; group: GroupField } | { kind: 'other' };
interface Scope {
  context: Context;
  /** Block params in force: a name bound to a group row, or to something else (index, key). */
  params: Map<string, Context>;
}

const contextBlocks = new Set(['each', 'with']);

/**
 * Check a template body against its field schema: fields used but not defined, fields defined but
 * never used, and helpers or partials that do not exist. Deliberately static and approximate: it
 * follows `each`/`with` and block params, and does not try to evaluate anything.
 */
export function lintTemplate(
  source: string,
  fields: readonly Field[],
  helperNames: Iterable<string> = Object.keys(defaultHelpers),
): LintWarning[] {
  const parsed = parseTemplate(source);
  if (!parsed.ok) {
    const { message, line, column } = parsed.error;
    return [{ kind: 'syntax-error', message, line, column }];
  }
  const helpers = new Set([...Object.keys(builtinHelpers), ...helperNames]);
  const byName = new Map(fields.map((f) => [f.name, f]));
  const used = new Set<string>();
  const warnings: LintWarning[] = [];
  const warnOnce = (warning: LintWarning) => {
    if (!warnings.some((w) => w.kind === warning.kind && w.name === warning.name)) warnings.push(warning);
  };

  const reference = (path: PathExpression, stack: Scope[]): Context => {
    const at = { line: path.loc?.start.line, column: (path.loc?.start.column ?? 0) + 1 };
    let context: Context | undefined;
    let parts = path.parts;
    if (path.data) {
      if (parts[0] !== 'root' || parts.length < 2) return { kind: 'other' };
      context = { kind: 'root' };
      parts = parts.slice(1);
    } else if (!path.depth && !/^\.|this\b/.test(path.original) && parts.length > 0) {
      const param = [...stack]
        .reverse()
        .find((s) => s.params.has(parts[0]))
        ?.params.get(parts[0]);
      if (param) {
        context = param;
        parts = parts.slice(1);
      }
    }
    if (!context) {
      const contexts = stack.filter((s, i) => i === 0 || s.context !== stack[i - 1].context).map((s) => s.context);
      context = contexts[contexts.length - 1 - path.depth] ?? { kind: 'other' };
    }
    if (parts.length === 0 || context.kind === 'other') return context;
    if (context.kind === 'root') {
      const field = byName.get(parts[0]);
      if (!field) {
        warnOnce({ kind: 'missing-field', name: parts[0], message: `“${parts[0]}” is used but is not a field`, ...at });
        return { kind: 'other' };
      }
      used.add(field.name);
      return field.type === 'group' && parts.length === 1 ? { kind: 'row', group: field } : { kind: 'other' };
    }
    const name = `${context.group.name}.${parts[0]}`;
    if (context.group.fields.some((f) => f.name === parts[0])) used.add(name);
    else
      warnOnce({
        kind: 'missing-field',
        name,
        message: `“${parts[0]}” is not a field of ${context.group.label}`,
        ...at,
      });
    return { kind: 'other' };
  };

  const expression = (expr: Expression, stack: Scope[]): Context => {
    if (expr.type === 'PathExpression') return reference(expr, stack);
    if (expr.type === 'SubExpression') call(expr, stack, true);
    return { kind: 'other' };
  };

  /** Returns what the callee's first argument resolved to, which `each`/`with` iterate. */
  const call = (node: CallNode, stack: Scope[], isSubExpression: boolean): Context => {
    const args = node.params.map((p) => expression(p, stack));
    for (const pair of node.hash?.pairs ?? []) expression(pair.value, stack);
    const path = node.path;
    if (path.type !== 'PathExpression') return { kind: 'other' };
    const simple = path.parts.length === 1 && !path.depth && !path.data && !/^\.|this\b/.test(path.original);
    const hasArgs = isSubExpression || node.params.length > 0 || node.hash !== undefined;
    const isParam = simple && stack.some((s) => s.params.has(path.parts[0]));
    if (simple && !isParam && helpers.has(path.original)) return args[0] ?? { kind: 'other' };
    if (hasArgs && !isParam) {
      warnOnce({
        kind: 'unknown-helper',
        name: path.original,
        message: `Unknown helper “${path.original}”`,
        line: path.loc?.start.line,
        column: (path.loc?.start.column ?? 0) + 1,
      });
      return { kind: 'other' };
    }
    return reference(path, stack);
  };

  const block = (node: BlockStatement, stack: Scope[]) => {
    const target = call(node, stack, false);
    const scope = stack[stack.length - 1];
    const name = node.path.original;
    const isHelper = helpers.has(name) && node.path.parts.length === 1;
    // Sections on a value (`{{#rows}}`) iterate it like each; `if`, `unless` and others keep the context.
    const changes = isHelper ? contextBlocks.has(name) : true;
    const inner: Scope = { context: changes ? target : scope.context, params: new Map() };
    const declared = node.program?.blockParams ?? [];
    declared.forEach((param, i) => inner.params.set(param, i === 0 && changes ? target : { kind: 'other' }));
    if (node.program) program(node.program, [...stack, inner]);
    if (node.inverse) program(node.inverse, stack);
  };

  const statement = (node: Statement, stack: Scope[]) => {
    switch (node.type) {
      case 'MustacheStatement':
        call(node, stack, false);
        return;
      case 'BlockStatement':
        block(node, stack);
        return;
      case 'PartialStatement':
      case 'PartialBlockStatement': {
        const partial = node.name.type === 'PathExpression' ? node.name.original : 'partial';
        warnOnce({
          kind: 'unknown-partial',
          name: partial,
          message: `Partial “${partial}” is not available in document templates`,
          line: node.loc?.start.line,
          column: (node.loc?.start.column ?? 0) + 1,
        });
        return;
      }
      default:
        return;
    }
  };

  const program = (prog: Program, stack: Scope[]) => prog.body.forEach((s) => statement(s, stack));

  program(parsed.program, [{ context: { kind: 'root' }, params: new Map() }]);

  for (const field of fields) {
    if (!used.has(field.name)) {
      warnings.push({
        kind: 'unused-field',
        name: field.name,
        message: `Field “${field.label}” (${field.name}) is never used`,
      });
    } else if (field.type === 'group') {
      for (const sub of field.fields) {
        const name = `${field.name}.${sub.name}`;
        if (!used.has(name))
          warnings.push({
            kind: 'unused-field',
            name,
            message: `Field “${field.label} / ${sub.label}” (${name}) is never used`,
          });
      }
    }
  }
  return warnings;
}
