import { escapeHtml } from './engine/escape-html';

/**
 * Paragraph styles after GB/T 9704: 3号 仿宋 body indented two characters, 2号 小标宋 centred title,
 * 黑体 for level-1 and 楷体 for level-2 headings. Inline styles on <p> only, because OA rich-text
 * editors drop classes and mangle <h1>–<h6>.
 */
const body = 'font-family:仿宋_GB2312,仿宋,FangSong,serif;font-size:16pt;line-height:28pt';
export const paragraphStyles = {
  title: 'text-align:center;font-family:方正小标宋简体,小标宋,SimSun,serif;font-size:22pt;line-height:1.5',
  subtitle: `text-align:center;${body}`,
  heading1: 'text-indent:2em;font-family:黑体,SimHei,sans-serif;font-weight:bold;font-size:16pt;line-height:28pt',
  heading2: 'text-indent:2em;font-family:楷体_GB2312,楷体,KaiTi,serif;font-size:16pt;line-height:28pt',
  body: `text-indent:2em;${body}`,
  flush: body,
  signature: `text-align:right;padding-right:4em;${body}`,
} as const;

type Kind = keyof typeof paragraphStyles;

const heading1 = /^[一二三四五六七八九十]+、/;
const heading2 = /^（[一二三四五六七八九十]+）/;
const dateLine = /^\d{4}年\d{1,2}月\d{1,2}日$/;
/** Lines under the title: `——关于××的调研`, `（2026年11月26日）`, a speaker's name. */
const subtitleLine = /^(——.+|（[^（）]+）|[^，。：；！？、,.:;!?（）]{1,20})$/;

/**
 * Derive HTML from the rendered plain text, never from template markup, so no value can inject
 * markup: every text run is escaped and the only tags are <p style="…">.
 */
export function textToHtml(text: string): string {
  const lines = text.split('\n').map((line) => line.trim());
  const kinds = classify(lines);
  return lines
    .map((line, i) => (line ? `<p style="${paragraphStyles[kinds[i]]}">${escapeHtml(line)}</p>` : ''))
    .filter(Boolean)
    .join('\n');
}

/** Placeholders carry a ： of their own; classify lines as if each were one neutral character. */
function neutral(line: string): string {
  return line.replace(/【待填：[^】]*】/g, '＿');
}

function classify(original: string[]): Kind[] {
  const lines = original.map(neutral);
  const kinds = lines.map((line): Kind => bodyKind(line));
  const first = lines.findIndex((line) => line !== '');
  if (first < 0) return kinds;
  kinds[first] = 'title';
  let i = first + 1;
  for (; i < lines.length && lines[i] && subtitleLine.test(lines[i]) && !heading1.test(lines[i]); i++)
    kinds[i] = 'subtitle';
  const addressee = lines.findIndex((line, j) => j >= i && line !== '');
  if (addressee >= 0 && /^[^，。；！？]{1,40}：$/.test(lines[addressee])) kinds[addressee] = 'flush';
  markSignature(lines, kinds);
  return kinds;
}

function bodyKind(line: string): Kind {
  // Only stand-alone heading lines get heading type; a run-in heading (`一、……。正文`) is a paragraph.
  const standalone = !/[。；！？]/.test(line);
  if (standalone && heading1.test(line)) return 'heading1';
  if (standalone && heading2.test(line)) return 'heading2';
  return 'body';
}

/**
 * A closing date line, and the issuing unit right above it, sit at the right (右空四字). A note in
 * parentheses under the date (附注, e.g. a 请示's contact line) stays an indented paragraph.
 */
function markSignature(lines: string[], kinds: Kind[]): void {
  let last = lines.findLastIndex((line) => line !== '');
  if (/^（[^（）]*）$/.test(lines[last] ?? '') && kinds[last] === 'body') last--;
  if (last <= 0 || kinds[last] === 'title' || !dateLine.test(lines[last])) return;
  kinds[last] = 'signature';
  const above = last - 1;
  if (lines[above] && kinds[above] === 'body' && /^[^，。：；！？、]{1,25}$/.test(lines[above]))
    kinds[above] = 'signature';
}
