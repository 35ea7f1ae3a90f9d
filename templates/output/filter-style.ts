/**
 * The only inline styles a document paragraph may carry: the GB/T 9704 layout from text-to-html.
 * An allowlist (not a blocklist), so display:none, visibility, opacity, colour tricks, positioning
 * and url() can never hide or smuggle text into the OA page the director pastes into.
 */
const length = /^-?\d{1,3}(\.\d{1,2})?(pt|px|em)$/;
const allowed: Record<string, (value: string) => boolean> = {
  'text-align': (v) => ['left', 'center', 'right', 'justify'].includes(v),
  'text-indent': (v) => length.test(v),
  'padding-right': (v) => length.test(v) && !v.startsWith('-'),
  // A blank line above a paragraph; never so much that text could be pushed out of sight.
  'margin-top': (v) => /^\d{1,2}(\.\d{1,2})?pt$/.test(v),
  'font-family': (v) => /^[\p{L}\p{N}_ ,-]{1,200}$/u.test(v),
  'font-weight': (v) => ['normal', 'bold'].includes(v),
  'font-size': (v) => readableSize(v),
  'line-height': (v) => /^\d(\.\d{1,2})?$/.test(v) || (length.test(v) && readableSize(v)),
};

/** A font size a reader can see: tiny (or zero) text is a classic way to hide words. */
function readableSize(value: string): boolean {
  const match = /^(\d{1,3}(?:\.\d{1,2})?)(pt|px|em)$/.exec(value);
  if (!match) return false;
  const size = Number(match[1]);
  const minimum = { pt: 9, px: 12, em: 0.75 }[match[2] as 'pt' | 'px' | 'em'];
  return size >= minimum;
}

/** Keeps the allowed declarations of a style attribute, in order; drops everything else. */
export function filterStyle(style: string): string {
  if (/[\\<>"'()]|\/\*/.test(style)) return keepSafe(style.replace(/\/\*[\s\S]*?\*\//g, ''), true);
  return keepSafe(style, false);
}

function keepSafe(style: string, suspicious: boolean): string {
  return style
    .split(';')
    .map((declaration) => {
      const colon = declaration.indexOf(':');
      if (colon < 0) return '';
      const property = declaration.slice(0, colon).trim().toLowerCase();
      const value = declaration.slice(colon + 1).trim();
      // Escapes, quotes and parentheses (url(), expression(), var()) are never part of our layout.
      if (suspicious && /[\\<>"'()]/.test(value)) return '';
      return Object.hasOwn(allowed, property) && allowed[property](value) ? `${property}:${value}` : '';
    })
    .filter(Boolean)
    .join(';');
}
