import { closingRightChars } from './closing-indent';
import { pageLayout, roleStyles, typefaces, type Typeface } from './page-layout';
import type { TypesetParagraph } from './typeset-paragraph';

const generic: Record<Typeface, string> = {
  xiaobiaosong: 'serif',
  fangsong: 'serif',
  heiti: 'sans-serif',
  kaiti: 'serif',
  songti: 'serif',
};

/** A CSS font-family with the fallbacks: installed GB2312 faces first, then Windows and macOS ones. */
export function fontFamilyCss(face: Typeface): string {
  return [...typefaces[face], generic[face]].join(',');
}

/**
 * The inline CSS of one paragraph, for copied text and the print view: only properties the document
 * sanitizer allows (templates/output/filter-style.ts), so the layout survives into OA editors.
 */
export function paragraphCss(paragraph: TypesetParagraph, date: string | undefined): string {
  const style = roleStyles[paragraph.role];
  const declarations = [
    `font-family:${fontFamilyCss(style.face)}`,
    `font-size:${style.sizePt}pt`,
    `line-height:${pageLayout.linePitchPt}pt`,
    `text-align:${style.align}`,
  ];
  if (paragraph.continued) declarations.push('text-indent:5em');
  else if (style.indentChars) declarations.push(`text-indent:${style.indentChars}em`);
  const right = closingRightChars(paragraph, date);
  if (right) declarations.push(`padding-right:${right}em`);
  return declarations.join(';');
}
