import { escapeHtml } from './engine/escape-html';
import { classifyLines, type LineKind } from './classify-lines';

/**
 * Paragraph styles after GB/T 9704: 3号 仿宋 body indented two characters, 2号 小标宋 centred title,
 * 黑体 for level-1 and 楷体 for level-2 headings. Inline styles on <p> only, because OA rich-text
 * editors drop classes and mangle <h1>–<h6>.
 */
const body = 'font-family:仿宋_GB2312,仿宋,FangSong,serif;font-size:16pt;line-height:28pt';
export const paragraphStyles: Record<LineKind, string> = {
  title: 'text-align:center;font-family:方正小标宋简体,小标宋,SimSun,serif;font-size:22pt;line-height:1.5',
  subtitle: `text-align:center;${body}`,
  heading1: 'text-indent:2em;font-family:黑体,SimHei,sans-serif;font-weight:bold;font-size:16pt;line-height:28pt',
  heading2: 'text-indent:2em;font-family:楷体_GB2312,楷体,KaiTi,serif;font-size:16pt;line-height:28pt',
  body: `text-indent:2em;${body}`,
  flush: body,
  // 附件说明 (GB/T 9704 7.3.5): 左空二字; a further attachment lines up under the first name's number.
  attachment: `text-indent:2em;${body}`,
  attachmentMore: `text-indent:5em;${body}`,
  signature: `text-align:right;padding-right:4em;${body}`,
};

/** A blank line in the text is one empty 28 pt line above the next paragraph (e.g. before 落款). */
const blankLine = 'margin-top:28pt';

/**
 * Derive HTML from the rendered plain text, never from template markup, so no value can inject
 * markup: every text run is escaped and the only tags are <p style="…">.
 */
export function textToHtml(text: string): string {
  const lines = text.split('\n').map((line) => line.trim());
  const kinds = classifyLines(lines);
  const out: string[] = [];
  lines.forEach((line, i) => {
    if (!line) return;
    const spaced = out.length > 0 && lines[i - 1] === '';
    const style = spaced ? `${paragraphStyles[kinds[i]]};${blankLine}` : paragraphStyles[kinds[i]];
    out.push(`<p style="${style}">${escapeHtml(line)}</p>`);
  });
  return out.join('\n');
}
