/**
 * Handlebars' own conversion of a value to output text: nothing for null/undefined, else `'' + value`, so an
 * object's custom `valueOf` wins over its `toString` (unlike `String(value)`).
 */
export function toText(value: unknown): string {
  if (value === null || value === undefined) return '';
  // The cast only satisfies the type checker: `+` with a string converts any value the way Handlebars does.
  return '' + (value as string);
}
