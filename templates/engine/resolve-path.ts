import type { PathExpression } from './ast';
import type { BlockParamScope, Frame } from './frame';
import { lookupProperty } from './lookup-property';

/** `this`, `this.x`, `./x` are scoped: they never name a helper or a block param. */
export function isScopedPath(path: PathExpression): boolean {
  return /^\.|this\b/.test(path.original);
}

/** A single-part, unscoped, depth-0 path: the only kind that may name a helper. */
export function isSimplePath(path: PathExpression): boolean {
  return path.parts.length === 1 && !isScopedPath(path) && !path.depth;
}

export function findBlockParam(scope: BlockParamScope | undefined, name: string): { value: unknown } | undefined {
  for (let s = scope; s; s = s.parent) {
    const i = s.names.indexOf(name);
    if (i >= 0) return { value: s.values[i] };
  }
  return undefined;
}

/**
 * The value a path names. Context paths stop at the first null (`a != null ? a.b : a`); data
 * paths stop at the first falsy value (`data && data.x`), matching what Handlebars generates.
 */
export function resolvePath(path: PathExpression, frame: Frame): unknown {
  if (path.data) {
    let data: unknown = frame.data;
    for (let d = path.depth; data && d > 0; d--) data = (data as { _parent?: unknown })._parent;
    for (const part of path.parts) data = data && lookupProperty(data, part);
    return data;
  }
  let current: unknown;
  let rest = path.parts;
  const param =
    !path.depth && !isScopedPath(path) && path.parts.length > 0
      ? findBlockParam(frame.blockParams, path.parts[0])
      : undefined;
  if (param) {
    current = param.value;
    rest = path.parts.slice(1);
  } else {
    current = path.depth ? frame.depths[path.depth] : frame.context;
  }
  for (const part of rest) {
    current = current !== null && current !== undefined ? lookupProperty(current, part) : current;
  }
  return current;
}
