import { escapeHtml } from '../templates/engine/escape-html';
import { sanitizeDocumentHtml } from '../templates/output/sanitize-document-html';
import { paragraphCss } from './role-css';
import { roleStyles } from './page-layout';
import type { TypesetParagraph } from './typeset-paragraph';

/**
 * 复制为排版文本: the paragraphs as `<p style>` HTML (one per title line, since OA editors keep no
 * <br>), sanitized like every document HTML that goes into other pages, and as plain text with the
 * full-width indents plain-text 公文 use, for editors that take only text.
 */
export function formattedText(paragraphs: TypesetParagraph[]): { html: string; text: string } {
  const date = paragraphs.find((p) => p.role === 'date')?.text;
  const html = paragraphs
    .flatMap((p) => p.text.split('\n').map((line) => `<p style="${paragraphCss(p, date)}">${escapeHtml(line)}</p>`))
    .join('\n');
  const text = paragraphs
    .map((p) => (roleStyles[p.role].indentChars && !p.continued ? `\u3000\u3000${p.text}` : p.text))
    .join('\n');
  return { html: sanitizeDocumentHtml(html), text };
}
