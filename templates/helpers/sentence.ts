import { isPlaceholder } from '../placeholder';
import { toText } from '../engine/to-text';

const finished = /[。！？…][”’）》」]*$/;
const dangling = /[\s，,；;、：:.]+$/;

/**
 * Close a user's text so the template can continue after it: `{{sentence reason}}现将……` gives
 * exactly one 。 whether or not the user typed one. With `end=""` it only strips dangling
 * punctuation, for text that continues the sentence. A text already ending in 。！？ is kept.
 * Only the last line is touched; placeholders and empty values come back unchanged.
 */
export function sentence(value: unknown, options: { end?: string } = {}): string {
  if (value === null || value === undefined) return '';
  const text = toText(value).trim();
  if (!text || isPlaceholder(text)) return text;
  const end = options.end ?? '。';
  if (end === '。' && finished.test(text)) return text;
  const stripped = text.replace(dangling, '');
  return (end === '。' ? stripped : stripped.replace(/[。！？]+$/, '')) + end;
}
