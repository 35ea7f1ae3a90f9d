import { textWidth } from './text-width';

/** 2号 type: 20 characters fit the 156 mm text block. */
const lineWidth = 20;
/** Good places to end a title line: after a particle or a closing mark (…关于 / …的 / …》). */
const goodEnd = /[的和与及、》”）]|关于$/;
const opening = /[《“（]/;
const closing = /[》”）]/;

/**
 * A title longer than one line, broken into balanced lines (a trapezoid, the longer line on top) at a
 * word boundary: never inside 《》“”（）, a number, or between two characters of a particle pair.
 */
export function breakTitle(title: string): string {
  const chars = [...title];
  const total = textWidth(title);
  if (total <= lineWidth) return title;
  const lines = Math.ceil(total / lineWidth);
  const breaks: number[] = [];
  let from = 0;
  for (let line = 1; line < lines; line++) {
    const target = Math.ceil((total - textWidth(chars.slice(0, from).join(''))) / (lines - line + 1));
    const at = bestBreak(chars, from, target);
    breaks.push(at);
    from = at;
  }
  return [0, ...breaks].map((start, i) => chars.slice(start, breaks[i] ?? chars.length).join('')).join('\n');
}

function bestBreak(chars: string[], from: number, target: number): number {
  let best = -1;
  let bestScore = Infinity;
  for (let at = from + 1; at < chars.length; at++) {
    const width = textWidth(chars.slice(from, at).join(''));
    if (width > lineWidth) break;
    if (!allowed(chars, at)) continue;
    const end = chars.slice(from, at).join('');
    const score = Math.abs(width - target) + (goodEnd.test(end) ? 0 : 3) + (width < target ? 0.5 : 0);
    if (score < bestScore) [best, bestScore] = [at, score];
  }
  return best > from ? best : Math.min(chars.length - 1, from + lineWidth);
}

/** May a line end before chars[at]? */
function allowed(chars: string[], at: number): boolean {
  const depth = chars.slice(0, at).reduce((d, c) => d + (opening.test(c) ? 1 : closing.test(c) ? -1 : 0), 0);
  if (depth > 0) return false;
  if (/\d/.test(chars[at - 1]) && /[\d.]/.test(chars[at])) return false;
  return !/[，。、：；！？》”）〕]/.test(chars[at]);
}
