/** A piece of the text: polished on its own, or kept as is (line breaks, blank lines). */
export interface Segment {
  text: string;
  polish: boolean;
}

/**
 * About a third of Qwen's 4096-token window for the input: the reply needs as much again, and the
 * instructions the rest. Chinese runs about one token per character.
 */
export const maxSegmentChars = 1200;

const sentenceEnd = /(?<=[。！？；!?;])/;

function splitLong(paragraph: string, limit: number): string[] {
  const pieces: string[] = [];
  let current = '';
  for (const sentence of paragraph.split(sentenceEnd)) {
    // A single sentence longer than the limit is cut hard rather than overflowing the window.
    for (let start = 0; start < sentence.length; start += limit) {
      const chunk = sentence.slice(start, start + limit);
      if (current && current.length + chunk.length > limit) {
        pieces.push(current);
        current = '';
      }
      current += chunk;
    }
  }
  if (current) pieces.push(current);
  return pieces;
}

/** Splits by paragraph (one line each); joining every segment's text gives back the input exactly. */
export function splitParagraphs(text: string, limit = maxSegmentChars): Segment[] {
  const segments: Segment[] = [];
  for (const part of text.split(/(\r?\n)/)) {
    if (part === '') continue;
    if (/^\r?\n$/.test(part) || !part.trim()) {
      segments.push({ text: part, polish: false });
      continue;
    }
    // Leading indentation (全角空格) is layout, not wording: keep it out of the model's reach.
    const [, indent, body, trailing] = /^(\s*)([\s\S]*?)(\s*)$/.exec(part)!;
    if (indent) segments.push({ text: indent, polish: false });
    for (const piece of body.length > limit ? splitLong(body, limit) : [body])
      segments.push({ text: piece, polish: true });
    if (trailing) segments.push({ text: trailing, polish: false });
  }
  return segments;
}
