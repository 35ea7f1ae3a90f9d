/**
 * The visible mark for a value the user has not given. 实事求是: a template never guesses a fact,
 * it leaves this in the text, where the proofreader and the count in RenderedDocument find it.
 */
export const placeholderPrefix = '【待填：';

export function placeholder(label: string): string {
  return `${placeholderPrefix}${label}】`;
}

/** True when the whole value is a placeholder; helpers return such values unchanged. */
export function isPlaceholder(value: unknown): boolean {
  return typeof value === 'string' && /^【待填：[^】]*】$/.test(value);
}

export function countPlaceholders(text: string): number {
  return text.split(placeholderPrefix).length - 1;
}
