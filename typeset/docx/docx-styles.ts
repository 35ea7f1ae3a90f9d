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

/** One named paragraph style per role, from the shared page layout. */
export function paragraphStyles(): IParagraphStyleOptions[] {
  return paragraphRoles.map((role) => {
    const style = roleStyles[role];
    return {
      id: styleId(role),
      name: style.name,
      basedOn: 'Normal',
      next: styleId('body'),
      quickFormat: true,
      run: { font: runFont(style.face), size: style.sizePt * 2 },
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
  });
}
