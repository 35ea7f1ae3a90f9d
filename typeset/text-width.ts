/** Width in characters of 3号 type: Chinese characters and full-width marks 1, half-width digits and letters ½. */
export function textWidth(text: string): number {
  let width = 0;
  for (const char of text) width += char.charCodeAt(0) < 0x2000 ? 0.5 : 1;
  return width;
}
