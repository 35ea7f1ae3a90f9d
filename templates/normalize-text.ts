/**
 * Tidy rendered plain text: one line-ending style, no trailing blanks on a line (templates leave
 * them around omitted optional parts), at most one blank line in a row, nothing around the whole.
 */
export function normalizeText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t\u3000]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
