import {
  AlignmentType,
  Document,
  DocumentGridType,
  Footer,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  TextRun,
} from 'docx';
import { signatureRightChars } from '../closing-indent';
import { headingFaces, pageLayout } from '../page-layout';
import { blankLinesBefore } from '../space-before';
import type { TypesetParagraph } from '../typeset-paragraph';
import { charTwips, linePitchTwips, paragraphStyles, runFont, styleId } from './docx-styles';
import { fontTableXml } from './font-table';

/**
 * Word's character grid: each character is the Normal font's size (16 pt) plus charSpace/4096 pt, so
 * 28 characters fill 156 mm exactly (the -849 of 公文 templates made in Word).
 */
const charSpace = Math.round((pageLayout.charPitchPt - 16) * 4096);
const attachmentNameChars = 5; // 空二字 + `附件：`
/** Millimetres to twips, rounded (A4 is 11906 × 16838 twips, as Word writes it). */
const mm = (millimetres: number) => Math.round((millimetres / 25.4) * 1440);

/** A GB/T 9704 .docx of typeset paragraphs, as the bytes of the file. */
export async function buildDocx(paragraphs: TypesetParagraph[], title: string): Promise<Uint8Array> {
  const { marginMm } = pageLayout;
  const document = new Document({
    title,
    creator: 'Wenshu 文书',
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: {
        document: {
          run: { font: runFont('fangsong'), size: 32 },
          paragraph: { spacing: { line: linePitchTwips, lineRule: LineRuleType.EXACT } },
        },
      },
      paragraphStyles: paragraphStyles(),
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: mm(pageLayout.widthMm), height: mm(pageLayout.heightMm) },
            margin: {
              top: mm(marginMm.top),
              bottom: mm(marginMm.bottom),
              left: mm(marginMm.left),
              right: mm(marginMm.right),
              footer: mm(pageLayout.footerMm),
            },
          },
          grid: { type: DocumentGridType.LINES_AND_CHARS, linePitch: linePitchTwips, charSpace },
        },
        footers: { default: pageNumberFooter('right'), even: pageNumberFooter('left') },
        children: toParagraphs(paragraphs),
      },
    ],
  });
  const bytes = await Packer.toArrayBuffer(document, false, [{ path: 'word/fontTable.xml', data: fontTableXml() }]);
  return new Uint8Array(bytes);
}

function toParagraphs(paragraphs: TypesetParagraph[]): Paragraph[] {
  const date = paragraphs.find((p) => p.role === 'date')?.text;
  const blank = blankLinesBefore(paragraphs);
  return paragraphs.map(
    (p, i) =>
      new Paragraph({
        style: styleId(p.role),
        children: runs(p),
        // Blank lines are set on each paragraph, so they follow the structure rather than the style alone.
        spacing: { before: blank[i] ? linePitchTwips : 0 },
        ...(p.role === 'signature' ? { indent: { right: charTwips(signatureRightChars(p.text, date)) } } : {}),
        ...(p.continued ? { indent: { left: charTwips(attachmentNameChars), firstLine: 0, firstLineChars: 0 } } : {}),
      }),
  );
}

function runs(p: TypesetParagraph): TextRun[] {
  if (p.role === 'title') return p.text.split('\n').map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : 0 }));
  if (!p.lead) return [new TextRun(p.text)];
  const lead = [...p.text].slice(0, p.lead.length).join('');
  return [
    new TextRun({ text: lead, font: runFont(headingFaces[p.lead.level]) }),
    new TextRun(p.text.slice(lead.length)),
  ];
}

/** `— 1 —` in 4号 宋体 with half-width digits, one character in from the outer edge. */
function pageNumberFooter(side: 'left' | 'right'): Footer {
  const inset = charTwips(1);
  return new Footer({
    children: [
      new Paragraph({
        alignment: side === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: side === 'right' ? { right: inset, firstLine: 0 } : { left: inset, firstLine: 0 },
        children: [
          new TextRun({
            children: ['— ', PageNumber.CURRENT, ' —'],
            font: runFont('songti'),
            size: pageLayout.pageNumberPt * 2,
          }),
        ],
      }),
    ],
  });
}
