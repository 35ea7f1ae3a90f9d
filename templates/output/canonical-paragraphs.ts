import { escapeHtml } from '../engine/escape-html';
import { filterStyle } from './filter-style';

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] !== '#') return entities[name.toLowerCase()] ?? whole;
    const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
  });
}

/** Text of a fragment: tags removed (content kept), then escaped again for our own output. */
function textOf(fragment: string): string {
  return escapeHtml(decodeEntities(fragment.replace(/<[^>]*>?/g, '')));
}

/**
 * Re-writes HTML as the one shape a document may have: `<p style="…">escaped text</p>` lines. Whatever
 * else is there (tags, attributes, scripts, comments) is dropped, keeping only visible text. This does
 * not depend on any DOM, so it holds the same in the browser, the service worker and happy-dom.
 */
export function canonicalParagraphs(html: string): string {
  const cleaned = html
    .replace(/<!--[\s\S]*?(-->|$)/g, '')
    .replace(/<(script|style|template|iframe|object|noscript|textarea|title)\b[\s\S]*?(<\/\1\s*>|$)/gi, '');
  const out: string[] = [];
  const paragraph = /<p(?:\s+style\s*=\s*"([^"]*)")?\s*>([\s\S]*?)<\/p\s*>/gi;
  let last = 0;
  const loose = (fragment: string) => {
    const text = textOf(fragment).trim();
    if (text) out.push(`<p>${text}</p>`);
  };
  for (const match of cleaned.matchAll(paragraph)) {
    loose(cleaned.slice(last, match.index));
    last = match.index + match[0].length;
    const style = filterStyle(decodeEntities(match[1] ?? ''));
    const text = textOf(match[2]);
    if (text.trim()) out.push(style ? `<p style="${escapeHtml(style)}">${text}</p>` : `<p>${text}</p>`);
  }
  loose(cleaned.slice(last));
  return out.join('\n');
}
