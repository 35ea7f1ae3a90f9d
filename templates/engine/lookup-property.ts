/**
 * Handlebars 4.6+ only reads own properties: `{{constructor}}` or `{{__proto__}}` must not reach
 * the prototype chain, whatever a template author writes.
 */
export function lookupProperty(parent: unknown, name: string): unknown {
  if (parent === null || parent === undefined) return undefined;
  const result = (parent as Record<string, unknown>)[name];
  if (result === null || result === undefined) return result;
  return Object.prototype.hasOwnProperty.call(parent, name) ? result : undefined;
}
