import { isPlaceholder } from '../placeholder';
import { toText } from '../engine/to-text';

const trailingMarks = /[\s。；;，,、.]+$/;
/** No 顿号 between adjacent quotations or book titles: “A”“B”, 《A》《B》. */
const closesQuote = /[”》]$/;
const opensQuote = /^[“《]/;

/**
 * Join items into one run of Chinese text: `A、B、C。`. Items may be an array of strings, an array of
 * group rows (with `key`), or one string with an item per line. Each item's own trailing
 * punctuation is dropped so the list ends with exactly one `end` (default `。`; pass `""` inline).
 */
export function joinList(items: unknown, options: { key?: string; end?: string } = {}): string {
  if (isPlaceholder(items)) return items as string;
  const end = options.end ?? '。';
  const list = (Array.isArray(items) ? items : typeof items === 'string' ? items.split(/\n/) : [])
    .map((item) =>
      options.key && item && typeof item === 'object'
        ? (item as Record<string, unknown>)[options.key]
        : (item as unknown),
    )
    .map((item) => toText(item).trim())
    .map((item) => (isPlaceholder(item) ? item : item.replace(trailingMarks, '')))
    .filter((item) => item.length > 0);
  if (list.length === 0) return '';
  const joined = list.reduce((acc, item) => acc + (closesQuote.test(acc) && opensQuote.test(item) ? '' : '、') + item);
  return end && !joined.endsWith(end) ? joined + end : joined;
}
