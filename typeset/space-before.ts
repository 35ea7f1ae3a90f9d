import { roleStyles } from './page-layout';
import type { TypesetParagraph } from './typeset-paragraph';

/**
 * Which paragraphs have a blank line above: the first after the title block (标题下空一行), the first
 * 附件说明 line and the 落款 (正文下空一行). Continued attachment names follow the first directly.
 */
export function blankLinesBefore(paragraphs: TypesetParagraph[]): boolean[] {
  const afterTitle = paragraphs.findIndex((p) => p.role !== 'title' && p.role !== 'subtitle');
  return paragraphs.map(
    (p, i) => (i === afterTitle && i > 0) || (Boolean(roleStyles[p.role].spaceBefore) && !p.continued),
  );
}
