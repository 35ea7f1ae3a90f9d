/** What a line of a 公文 is, in GB/T 9704 terms; each role has one named paragraph style. */
export const paragraphRoles = [
  'title',
  'subtitle',
  'addressee',
  'body',
  'heading1',
  'heading2',
  'heading3',
  'heading4',
  'attachment',
  'signature',
  'date',
  'note',
] as const;
export type ParagraphRole = (typeof paragraphRoles)[number];

export type HeadingLevel = 1 | 2 | 3 | 4;

export interface TypesetParagraph {
  role: ParagraphRole;
  /** The text without indentation; a title's line breaks are `\n`. */
  text: string;
  /** A run-in heading (`（一）指导思想。正文…`): the first `length` characters are set in that level's face. */
  lead?: { level: HeadingLevel; length: number };
  /** An attachment name after the first (`2.××`), aligned under the first name. */
  continued?: boolean;
}
