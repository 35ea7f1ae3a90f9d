import * as v from 'valibot';

/** The longest text a stored record holds (a draft's body): generous, but a bound on hostile files. */
export const maxTextLength = 5 * 1024 * 1024;

export const textSchema = (max = maxTextLength) => v.pipe(v.string(), v.maxLength(max));
export const nonEmptyTextSchema = (max: number) => v.pipe(v.string(), v.nonEmpty(), v.maxLength(max));
/** Ids are UUIDs or the built-in templates' names; 200 leaves room for any other export. */
export const idSchema = nonEmptyTextSchema(200);
/** Milliseconds since 1970, as Date.now() gives them. */
export const timeSchema = v.pipe(v.number(), v.finite(), v.minValue(0));
export const counterSchema = v.pipe(v.number(), v.integer(), v.minValue(1));
