import type { TemplatePackError } from './template-pack';

const forbiddenKeys = new Set(['__proto__', 'constructor', 'prototype']);
const maxDepth = 16;

/**
 * Refuses keys that reach an object's prototype once data is spread or assigned, and nesting deeper
 * than a pack can have. JSON.parse keeps "__proto__" as an own key, so it is caught here, before use.
 */
export function scanKeys(root: unknown): TemplatePackError[] {
  const errors: TemplatePackError[] = [];
  const stack: [unknown, string, number][] = [[root, '$', 0]];
  while (stack.length > 0 && errors.length < 20) {
    const [value, path, depth] = stack.pop()!;
    if (typeof value !== 'object' || value === null) continue;
    if (depth > maxDepth) {
      errors.push({ code: 'tooLarge', path, detail: `nested deeper than ${maxDepth}` });
      continue;
    }
    for (const key of Object.keys(value)) {
      if (forbiddenKeys.has(key))
        errors.push({ code: 'forbiddenKey', path: `${path}.${key}`, detail: `key "${key}" is not allowed` });
      else stack.push([(value as Record<string, unknown>)[key], `${path}.${key}`, depth + 1]);
    }
  }
  return errors;
}
