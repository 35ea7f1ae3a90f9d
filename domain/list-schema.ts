import * as v from 'valibot';

/** A list of at most `max` items, counted before any item is checked: a huge hostile list costs one issue. */
export const listSchema = <T>(item: v.GenericSchema<unknown, T>, max: number) =>
  v.pipe(v.array(v.unknown()), v.maxLength(max), v.array(item));
