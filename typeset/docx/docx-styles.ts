import { AlignmentType, LineRuleType, type IParagraphStyleOptions } from 'docx';
import { dateRightChars } from '../closing-indent';
import { pageLayout, roleStyles, typefaces, type Typeface } from '../page-layout';
import { paragraphRoles, type ParagraphRole } from '../typeset-paragraph';

/** Twips (1/20 pt) per unit Word measures in. */
export const linePitchTwips = Math.round(pageLayout.linePitchPt * 20);
export const charTwips = (chars: number) => Math.round(chars * pageLayout.charPitchPt * 20);

export function runFont(face: Typeface) {
  const name = typefaces[face][0];
  return { ascii: name, eastAsia: name, hAnsi: name, cs: name };
}

/** ASCII style ids (safe in every Word/WPS version); the names users see are the Chinese ones. */
export function styleId(role: ParagraphRole): string {
  return `Gongwen${role[0].toUpperCase()}${role.slice(1)}`;
}

const alignments = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.BOTH,
} as const;

/**
 * Normal carries the body's face and size itself (not only the document defaults): the character grid
 * is measured from Normal's size, and LibreOffice reads it from the style, else assumes 12 pt and puts
 * each 16 pt character across two grid cells.
 */
const normal: IParagraphStyleOptions = {
  id: 'Normal',
  name: 'Normal',
  quickFormat: true,
  run: { font: runFont('fangsong'), size: roleStyles.body.sizePt * 2 },
  paragraph: { spacing: { line: linePitchTwips, lineRule: LineRuleType.EXACT } },
};

/** Normal, then one named paragraph style per role, from the shared page layout. */
export function paragraphStyles(): IParagraphStyleOptions[] {
  return [
    normal,
    ...paragraphRoles.map((role): IParagraphStyleOptions => {
      const style = roleStyles[role];
      return {
        id: styleId(role),
        name: style.name,
        basedOn: 'Normal',
        next: styleId('body'),
        quickFormat: true,
        // Type larger than 3号 stays off the character grid, or each character takes two cells (2号 title).
        run: { font: runFont(style.face), size: style.sizePt * 2, ...(style.sizePt > 16 ? { snapToGrid: false } : {}) },
        paragraph: {
          alignment: alignments[style.align],
          indent: {
            ...(style.indentChars
              ? { firstLineChars: style.indentChars * 100, firstLine: charTwips(style.indentChars) }
              : {}),
            ...(role === 'date' ? { right: charTwips(dateRightChars) } : {}),
          },
          spacing: {
            line: linePitchTwips,
            lineRule: LineRuleType.EXACT,
            before: style.spaceBefore ? linePitchTwips : 0,
            after: 0,
          },
          ...(style.outline === undefined ? {} : { outlineLevel: style.outline }),
        },
      };
    }),
  ];
}
