const reach = 20;

/** The line around [start, end), clipped to a few characters either side so a row stays short. */
export function lineExcerpt(text: string, start: number, end: number): string {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const newline = text.indexOf('\n', end);
  const lineEnd = newline === -1 ? text.length : newline;
  const from = Math.max(lineStart, start - reach);
  const to = Math.min(lineEnd, end + reach);
  return `${from > lineStart ? '…' : ''}${text.slice(from, to)}${to < lineEnd ? '…' : ''}`;
}
