import type { FieldValues } from './field';

/**
 * Form values by field name (or a group row's cells), in an object without a prototype: a name such as `constructor` or
 * `__proto__` (allowed as a field name by an older version) is an ordinary own key there, never
 * Object's member, and writing it cannot replace the object's prototype.
 */
export function newValueMap<T = FieldValues[string]>(from?: Readonly<Record<string, T>>): Record<string, T> {
  const values = Object.create(null) as Record<string, T>;
  if (from) for (const [name, value] of Object.entries(from)) values[name] = value;
  return values;
}

/** A copy of `values` with one value set. */
export function withFieldValue(values: FieldValues, name: string, value: FieldValues[string]): FieldValues {
  const next = newValueMap(values);
  next[name] = value;
  return next;
}

/** The value stored under `name` itself; undefined for a name only Object.prototype answers to. */
export const fieldValue = (values: Readonly<Record<string, unknown>>, name: string): unknown =>
  Object.hasOwn(values, name) ? values[name] : undefined;
