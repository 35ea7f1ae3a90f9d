import type { ParagraphRole } from './typeset-paragraph';

/**
 * GB/T 9704-2012 page and type, the one source for the .docx, the print view and copied text.
 * A4; margins 37/35/28/26 mm leave a 156 × 225 mm text block of 22 lines × 28 characters of 3号 type.
 */
export const pageLayout = {
  widthMm: 210,
  heightMm: 297,
  marginMm: { top: 37, bottom: 35, left: 28, right: 26 },
  linesPerPage: 22,
  charactersPerLine: 28,
  /** 225 mm ÷ 22 lines, rounded as Word templates of 公文 have it (579 twips). */
  linePitchPt: 28.95,
  /** 156 mm ÷ 28 characters. */
  charPitchPt: ((156 / 25.4) * 72) / 28,
  /** Page number `— 1 —`: 4号 宋体, its em dashes 7 mm below the text block. */
  pageNumberPt: 14,
  footerMm: 28,
} as const;

/**
 * Typefaces with their fallbacks, first choice first. GB2312-era names are what office PCs install; a
 * PC without them still has the Windows faces (仿宋/FangSong …), which Word, WPS and browsers pick next.
 */
export const typefaces = {
  xiaobiaosong: ['方正小标宋简体', '方正小标宋_GBK', '华文中宋', '宋体', 'SimSun'],
  fangsong: ['仿宋_GB2312', '仿宋', 'FangSong', 'STFangsong'],
  heiti: ['黑体', 'SimHei', 'STHeiti'],
  kaiti: ['楷体_GB2312', '楷体', 'KaiTi', 'STKaiti'],
  songti: ['宋体', 'SimSun', 'STSong'],
} as const;
export type Typeface = keyof typeof typefaces;

export interface RoleStyle {
  /** The named paragraph style users see in Word/WPS. */
  name: string;
  face: Typeface;
  sizePt: number;
  align: 'left' | 'center' | 'right' | 'justify';
  /** First-line indent in characters (空二字). */
  indentChars?: number;
  /** A blank line above (正文下空一行 before 附件说明 and 落款; 标题下空一行 is added after the title block). */
  spaceBefore?: boolean;
  /** Heading level for the navigation pane / outline (0-based). */
  outline?: number;
}

export const roleStyles: Record<ParagraphRole, RoleStyle> = {
  title: { name: '公文标题', face: 'xiaobiaosong', sizePt: 22, align: 'center' },
  subtitle: { name: '副标题', face: 'kaiti', sizePt: 16, align: 'center' },
  addressee: { name: '主送', face: 'fangsong', sizePt: 16, align: 'left' },
  body: { name: '正文', face: 'fangsong', sizePt: 16, align: 'justify', indentChars: 2 },
  heading1: { name: '一级标题', face: 'heiti', sizePt: 16, align: 'justify', indentChars: 2, outline: 0 },
  heading2: { name: '二级标题', face: 'kaiti', sizePt: 16, align: 'justify', indentChars: 2, outline: 1 },
  heading3: { name: '三级标题', face: 'fangsong', sizePt: 16, align: 'justify', indentChars: 2, outline: 2 },
  heading4: { name: '四级标题', face: 'fangsong', sizePt: 16, align: 'justify', indentChars: 2, outline: 3 },
  attachment: { name: '附件说明', face: 'fangsong', sizePt: 16, align: 'left', indentChars: 2, spaceBefore: true },
  signature: { name: '落款', face: 'fangsong', sizePt: 16, align: 'right', spaceBefore: true },
  date: { name: '成文日期', face: 'fangsong', sizePt: 16, align: 'right' },
  note: { name: '附注', face: 'fangsong', sizePt: 16, align: 'justify', indentChars: 2 },
};

/** The face of a run-in heading's first sentence: 黑体 for level 1, 楷体 for level 2, else the body's. */
export const headingFaces: Record<1 | 2 | 3 | 4, Typeface> = { 1: 'heiti', 2: 'kaiti', 3: 'fangsong', 4: 'fangsong' };
