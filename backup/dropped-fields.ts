import { isPlainObject } from '../domain/forbidden-keys';

/**
 * The paths of what a schema left out: keys of `input` missing from `output` (fields this version does
 * not know), and records that became null (settings it does not keep). Arrays keep their positions.
 */
export function droppedFields(input: unknown, output: unknown, path: unknown[] = []): unknown[][] {
  if (Array.isArray(input) && Array.isArray(output)) {
    return input.flatMap((item, i) => droppedFields(item, output[i], [...path, i]));
  }
  if (!isPlainObject(input)) return [];
  if (!isPlainObject(output)) return output === null ? [path] : [];
  return Object.keys(input).flatMap((key) =>
    Object.hasOwn(output, key) ? droppedFields(input[key], output[key], [...path, key]) : [[...path, key]],
  );
}
