import { isPlaceholder } from '../placeholder';
import { toText } from '../engine/to-text';

/**
 * A percentage as 公文 write it: `95%` (half-width sign after Arabic digits).
 * Accepts `95`, `95%`, `95％`, `95.5`; a value ≤ 1 written with a decimal point (`0.95`, `1.0`)
 * is read as a fraction, since nobody types `0.95` meaning less than one percent. Plain `1` is 1%.
 * Anything unreadable, placeholders included, is returned unchanged.
 */
export function percent(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (isPlaceholder(value)) return value as string;
  const text = toText(value).trim();
  const match = /^(-?\d+(?:\.\d+)?)\s*[%％]?$/.exec(text);
  if (!match) return toText(value);
  let n = Number(match[1]);
  const isFraction = /[.]/.test(match[1]) && !/[%％]$/.test(text) && Math.abs(n) <= 1;
  if (isFraction) n *= 100;
  // Round away binary noise (0.955 × 100 = 95.49999…) without inventing precision.
  return `${Number(n.toFixed(6))}%`;
}
