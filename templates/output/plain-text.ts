import { classifyLines, type LineKind } from '../classify-lines';

export interface PlainTextOptions {
  /** Start each paragraph with two full-width spaces (`\u3000\u3000`), as typed into an OA textarea. */
  indent: boolean;
}

const twoCharacters = '\u3000\u3000';
/** `附件：` is three characters wide: a further attachment name lines up under the first one. */
const underFirstAttachment = '\u3000\u3000\u3000';

/**
 * The text as a plain OA textarea should receive it: paragraphs (and 附件说明, 附注) indented two
 * full-width spaces, headings, title, 主送 and 落款 not, and exactly one blank line before 落款.
 */
export function plainText(text: string, { indent }: PlainTextOptions): string {
  const lines = text.split('\n').map((line) => line.trim());
  const kinds = classifyLines(lines);
  const out: string[] = [];
  lines.forEach((line, i) => {
    if (kinds[i] === 'signature' && kinds[i - 1] !== 'signature' && out.length > 0 && out[out.length - 1] !== '')
      out.push('');
    out.push(line ? lead(kinds[i], indent) + line : '');
  });
  return out.join('\n');
}

function lead(kind: LineKind, indent: boolean): string {
  const paragraph = indent ? twoCharacters : '';
  if (kind === 'body' || kind === 'attachment') return paragraph;
  if (kind === 'attachmentMore') return paragraph + underFirstAttachment;
  return '';
}
