/**
 * What each line of a rendered 公文 is, from its shape alone: the rich-text layout (text-to-html) and
 * the plain-text layout for OA textareas (output/plain-text) both follow it, and so can anything that
 * reads a draft back (export, print).
 */
export type LineKind =
  'title' | 'subtitle' | 'heading1' | 'heading2' | 'body' | 'flush' | 'attachment' | 'attachmentMore' | 'signature';

const heading1 = /^[一二三四五六七八九十]+、/;
const heading2 = /^（[一二三四五六七八九十]+）/;
const dateLine = /^\d{4}年\d{1,2}月\d{1,2}日$/;
/** Lines under the title: `——关于××的调研`, `（2026年11月26日）`, a speaker's name. */
const subtitleLine = /^(——.+|（[^（）]+）|[^，。：；！？、,.:;!?（）]{1,20})$/;
/** 主送机关 or a greeting: one clause list ending in ：, e.g. `各乡镇人民政府，县政府各部门：`, `同志们：`. */
const addresseeLine = /^[^。；！？]{1,80}：$/;
const noteLine = /^（[^（）]*(（[^（）]*）[^（）]*)*）$/;

/** Placeholders carry a ： of their own; classify lines as if each were one neutral character. */
function neutral(line: string): string {
  return line.replace(/【待填：[^】]*】/g, '＿');
}

/** Lines are compared trimmed; an empty line is a blank line and classified as body. */
export function classifyLines(original: readonly string[]): LineKind[] {
  const lines = original.map((line) => neutral(line.trim()));
  const kinds = lines.map((line): LineKind => bodyKind(line));
  const first = lines.findIndex((line) => line !== '');
  if (first < 0) return kinds;
  kinds[first] = 'title';
  let i = first + 1;
  for (; i < lines.length && lines[i] && subtitleLine.test(lines[i]) && !heading1.test(lines[i]); i++)
    kinds[i] = 'subtitle';
  const addressee = lines.findIndex((line, j) => j >= i && line !== '');
  // `现将有关事项通知如下：` opening a text without 主送 is the body's first sentence, not an addressee.
  if (addressee >= 0 && addresseeLine.test(lines[addressee]) && !/如下：$/.test(lines[addressee]))
    kinds[addressee] = 'flush';
  markAttachments(lines, kinds);
  markSignature(lines, kinds);
  return kinds;
}

function bodyKind(line: string): LineKind {
  // Only stand-alone heading lines get heading type; a run-in heading (`一、……。正文`) is a paragraph.
  const standalone = !/[。；！？]/.test(line);
  if (standalone && heading1.test(line)) return 'heading1';
  if (standalone && heading2.test(line)) return 'heading2';
  return 'body';
}

/** `附件：1.甲` and the numbered names on the lines after it (`2.乙`). */
function markAttachments(lines: string[], kinds: LineKind[]): void {
  lines.forEach((line, i) => {
    if (!line.startsWith('附件：')) return;
    kinds[i] = 'attachment';
    for (let j = i + 1; j < lines.length && /^\d+\.(?!\d)/.test(lines[j]); j++) kinds[j] = 'attachmentMore';
  });
}

/**
 * A closing date line, and the issuing unit right above it, sit at the right (右空四字). 附注 in
 * parentheses under the date (此件公开发布, a contact line) stay indented paragraphs.
 */
function markSignature(lines: string[], kinds: LineKind[]): void {
  let last = lines.findLastIndex((line) => line !== '');
  while (last > 0 && noteLine.test(lines[last]) && kinds[last] === 'body') last--;
  if (last <= 0 || kinds[last] === 'title' || !dateLine.test(lines[last])) return;
  kinds[last] = 'signature';
  const above = last - 1;
  if (lines[above] && kinds[above] === 'body' && /^[^，。：；！？、]{1,25}$/.test(lines[above]))
    kinds[above] = 'signature';
}
