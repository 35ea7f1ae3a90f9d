import * as v from 'valibot';
import { isPlainObject } from './forbidden-keys';
import { newValueMap } from './field-values';
import { reissue } from './reissue';

/**
 * A map of names the user chose (form values by field name, rows of a group, values by template id) to
 * values checked by `entry`. Any name is kept — `constructor` too, which an older version allowed as a
 * field name — in an object without a prototype, so no name can collide with or reach Object.prototype.
 * (valibot's `record` would silently drop exactly those names.)
 */
export function valueMapSchema<T>(entry: v.GenericSchema<unknown, T>, maxEntries: number) {
  return v.pipe(
    v.custom<Record<string, unknown>>(isPlainObject, 'expected an object'),
    v.rawTransform<Record<string, unknown>, Record<string, T>>(({ dataset, addIssue, NEVER }) => {
      const entries = Object.entries(dataset.value);
      if (entries.length > maxEntries) {
        addIssue({ message: 'too many entries', expected: `<=${maxEntries}`, received: `${entries.length}` });
        return NEVER;
      }
      const map = newValueMap<T>();
      let ok = true;
      for (const [key, value] of entries) {
        const result = v.safeParse(entry, value);
        if (result.success) {
          map[key] = result.output;
          continue;
        }
        ok = false;
        reissue(addIssue, result.issues, { type: 'object', origin: 'value', input: dataset.value, key, value });
      }
      return ok ? map : NEVER;
    }),
  );
}
