import type { TargetKind } from '../messaging/protocol';

/** What of a document goes into the field: its title line, the rest, or everything. */
export type InsertPart = 'title' | 'body' | 'all';
export const insertParts: readonly InsertPart[] = ['title', 'body', 'all'];

/** A one-line field is an OA form's 标题; a text area or rich editor its 正文, which has its own title field. */
export function defaultPart(kind: TargetKind | undefined): InsertPart {
  if (kind === undefined) return 'all';
  return kind === 'singleLine' ? 'title' : 'body';
}

/** The remembered choice is per site and per kind of field (one-line fields vs text areas and editors). */
export function partKey(site: string, kind: TargetKind): string {
  return `${site}|${kind === 'singleLine' ? 'line' : 'block'}`;
}

const firstParagraph = /^\s*<p\b[^>]*>[\s\S]*?<\/p\s*>\s*/i;

/**
 * The part of a document as text and HTML. The title is the first non-empty line (how every 公文 and
 * template output begins; its HTML the first <p>); a one-line text is both title and body.
 */
export function pickPart(text: string, html: string, part: InsertPart): { text: string; html: string } {
  if (part === 'all') return { text, html };
  const lines = text.split('\n');
  const first = lines.findIndex((line) => line.trim() !== '');
  const rest = lines.slice(first + 1);
  if (first < 0 || rest.every((line) => line.trim() === '')) return { text: text.trim(), html };
  if (part === 'title') {
    const match = firstParagraph.exec(html);
    return { text: lines[first].trim(), html: match ? match[0].trim() : html };
  }
  const body = rest
    .join('\n')
    .replace(/^\s*\n/, '')
    .trimEnd();
  return { text: body, html: html.replace(firstParagraph, '') };
}
