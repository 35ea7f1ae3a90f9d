/** Word count as Chinese offices count it: every character except white space. */
export function countCharacters(text: string): number {
  return Array.from(text.replace(/\s+/g, '')).length;
}
