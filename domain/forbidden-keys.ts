import * as v from 'valibot';

/**
 * Names every JavaScript object already answers to. As a key of stored data they could reach an object's
 * prototype once the data is spread or assigned; as a field name they would collide with those answers.
 * The one list: the file schemas refuse them as keys, the field schema refuses them as names.
 */
export const forbiddenKeys: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** What a forbidden-key issue expects, so the messages can tell it from any other issue. */
export const forbiddenKeyExpectation = 'no __proto__, constructor or prototype key';

/**
 * An object whose own keys include none of the forbidden ones, then checked by `schema`. JSON.parse makes
 * "__proto__" an ordinary own key; valibot's object schemas would drop it silently, so it is named here.
 */
export function withoutForbiddenKeys<const S extends v.GenericSchema<Record<string, unknown>>>(schema: S) {
  return v.pipe(
    v.custom<Record<string, unknown>>(isPlainObject, 'expected an object'),
    v.rawCheck<Record<string, unknown>>(({ dataset, addIssue }) => {
      const input = dataset.value as Record<string, unknown>;
      for (const key of Object.keys(input)) {
        if (!forbiddenKeys.has(key)) continue;
        const value = input[key];
        addIssue({
          message: `key "${key}" is not allowed`,
          expected: forbiddenKeyExpectation,
          received: `"${key}"`,
          path: [{ type: 'object', origin: 'key', input, key, value }],
        });
      }
    }),
    schema,
  );
}

export const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
