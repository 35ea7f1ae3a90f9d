import { toText } from '../engine/to-text';

/**
 * Equality for `{{#if (eq kind "紧急")}}`. Form values are strings while template literals may be
 * numbers, so `eq level 1` compares `"1"` and `1` as equal; null and undefined equal only each other.
 */
export function eq(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || a === undefined || b === null || b === undefined) return false;
  return toText(a) === toText(b);
}
