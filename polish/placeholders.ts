/** `【待填：字段】` as templates write it (the 繁體 output keeps 待填 the same). */
const placeholderPattern = /【待填[：:][^【】]*】/g;

export const findPlaceholders = (text: string): string[] => text.match(placeholderPattern) ?? [];

/**
 * True when the output carries exactly the input's placeholders, each unchanged and as often:
 * a model that fills one in has invented a fact (实事求是), one that drops it has lost a gap to fill.
 */
export function keepsPlaceholders(input: string, output: string): boolean {
  const before = findPlaceholders(input).sort();
  const after = findPlaceholders(output).sort();
  return before.length === after.length && before.every((item, index) => item === after[index]);
}
