/** Text without any whitespace: editors re-wrap, indent and turn line breaks into paragraphs. */
export function squeeze(text: string): string {
  return text.replace(/[\s\u00a0\u200b\ufeff]+/g, '');
}

/**
 * Did the host end up holding every line of the text? Checked line by line because editors put
 * each line in its own block, and a strategy can be "accepted" by an editor that then drops content.
 */
export function holdsText(host: HTMLElement, text: string): boolean {
  const held = squeeze(host.innerText ?? host.textContent ?? '');
  const heldRaw = squeeze(host.textContent ?? '');
  return text
    .split('\n')
    .map(squeeze)
    .filter(Boolean)
    .every((line) => held.includes(line) || heldRaw.includes(line));
}
