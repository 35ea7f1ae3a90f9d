import { breakTitle } from './break-title';
import { headingLength, headingLevel } from './heading-number';
import type { HeadingLevel, ParagraphRole, TypesetParagraph } from './typeset-paragraph';

/**
 * One line of the source with what is already known about it. A template knows its heading levels and
 * its date line (`null` = known not to be a heading); for free text they are guessed from the line.
 */
export interface SourceLine {
  text: string;
  level?: HeadingLevel | null;
  date?: boolean;
}

/** The line breaks of a title end at the kind of document it names (…的通知, …工作总结). */
export const titleEnding =
  /(通知|通报|报告|请示|批复|意见|决定|决议|命令|令|公报|公告|通告|议案|函|纪要|讲话|汇报|总结|方案|办法|规定|条例|细则|规划|要点|预案|调研|材料|发言|致辞)$/;
const sentencePunctuation = /[，。：；！？,:;!?]/;
const subtitle =
  /^(——.+|（[^（）]+）|[^，。：；！？、,:;!?（）]{1,12}〔\d{4}〕\d+号|第\d+号|[^\d，。：；！？、,:;!?（）]{1,10})$/;
const arabicDate = /^\d{4}年\d{1,2}月\d{1,2}日$/;
const chineseDate = /^[一二三四五六七八九〇○零]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日$/;
const datePlaceholder = /^【待填：[^】]*日期[^】]*】$/;
const note = /^（[^（）]*(（[^（）]*）[^（）]*)*）$/;
const attachment = /^附(件)?[：:]/;

/** Recognises a plain-text 公文 (a draft, a corpus document): one paragraph per non-empty line. */
export function recogniseStructure(text: string): TypesetParagraph[] {
  return classifyLines(text.split('\n').map((line) => ({ text: line })));
}

/** Strips the indentation (spaces, full-width `\u3000\u3000`) that plain-text 公文 put before paragraphs. */
export function trimLine(line: string): string {
  return line.replace(/^[\s\u3000]+|[\s\u3000]+$/g, '');
}

/** Gives each non-empty line its role; `titleLines` when the caller knows how many lines the title has. */
export function classifyLines(source: SourceLine[], options: { titleLines?: number } = {}): TypesetParagraph[] {
  const lines = source.map((line) => ({ ...line, text: trimLine(line.text) })).filter((line) => line.text);
  if (lines.length === 0) return [];
  const roles: (ParagraphRole | undefined)[] = new Array<ParagraphRole | undefined>(lines.length);
  const titleEnd = options.titleLines ?? titleLength(lines.map((line) => line.text));
  roles.fill('title', 0, titleEnd);
  let i = titleEnd;
  while (i < lines.length && lines[i].level == null && isSubtitle(lines[i].text)) roles[i++] = 'subtitle';
  if (i < lines.length && isAddressee(lines[i].text) && lines[i].level == null) roles[i] = 'addressee';
  markClosing(lines, roles, i);
  markAttachments(lines, roles);
  const paragraphs: TypesetParagraph[] = [];
  const title =
    titleEnd === 1
      ? breakTitle(lines[0].text)
      : lines
          .slice(0, titleEnd)
          .map((l) => l.text)
          .join('\n');
  if (titleEnd > 0) paragraphs.push({ role: 'title', text: title });
  for (let j = titleEnd; j < lines.length; j++) {
    const role = roles[j];
    if (role === 'attachment' && !attachment.test(lines[j].text))
      paragraphs.push({ role, text: lines[j].text, continued: true });
    else paragraphs.push(role ? { role, text: lines[j].text } : bodyParagraph(lines[j]));
  }
  return paragraphs;
}

function titleLength(lines: string[]): number {
  // Spaced-out short titles (`几 个 问 题 的 通 知`) still end at their kind word.
  const ends = (line: string) => titleEnding.test(line.replace(/[\s\u3000]/g, ''));
  let end = 1;
  while (
    end < Math.min(lines.length, 4) &&
    !ends(lines[end - 1]) &&
    !sentencePunctuation.test(lines[end]) &&
    lines[end].length <= 25 &&
    !headingLevel(lines[end]) &&
    !/^(——|（)/.test(lines[end]) &&
    !/〔\d{4}〕/.test(lines[end])
  )
    end++;
  // Lines that never reach a kind word were the opening of the text, not a broken title.
  return end > 1 && !ends(lines[end - 1]) ? 1 : end;
}

/**
 * 主送机关 (`各县（市、区）人民政府：`) or a speech's 称呼: `同志们：`, `各位代表，同志们：`,
 * `尊敬的各位来宾！女士们、先生们：` — a 称呼 ends in the people addressed, whatever comes before.
 */
function isAddressee(line: string): boolean {
  if (/^[^。；！？]{1,100}[：:]$/.test(line)) return true;
  return line.length <= 60 && /(同志|朋友|女士|先生|代表|来宾|同学|嘉宾)们[：:]$/.test(line);
}

function isSubtitle(line: string): boolean {
  return subtitle.test(line) && !attachment.test(line);
}

function isDate(line: SourceLine): boolean {
  return line.date ?? (arabicDate.test(line.text) || chineseDate.test(line.text) || datePlaceholder.test(line.text));
}

/**
 * The first line that is only a date closes the document: it is the 成文日期, the short line above it
 * the 落款 (署名), and up to two lines in parentheses below it 附注. What follows (the plan a 印发通知
 * issues, the 条例 a 令 promulgates) is body again.
 */
function markClosing(lines: SourceLine[], roles: (ParagraphRole | undefined)[], start: number): void {
  const date = lines.findIndex((line, i) => i > start && isDate(line));
  if (date < 0) return;
  roles[date] = 'date';
  for (let i = date + 1; i <= date + 2 && i < lines.length && note.test(lines[i].text); i++) roles[i] = 'note';
  const name = lines[date - 1];
  const short = name.text.length <= 30 && !sentencePunctuation.test(name.text);
  if (date - 1 > start && short && name.level == null && !headingLevel(name.text)) roles[date - 1] = 'signature';
}

/** `附件：1.××` and the numbered names under it; `附：` is the older form. */
function markAttachments(lines: SourceLine[], roles: (ParagraphRole | undefined)[]): void {
  for (let i = 0; i < lines.length; i++) {
    if (roles[i] || !attachment.test(lines[i].text)) continue;
    roles[i] = 'attachment';
    const numbered = /^附件?[：:]\s*1[.．]/.test(lines[i].text);
    while (numbered && i + 1 < lines.length && !roles[i + 1] && /^\d{1,2}[.．]/.test(lines[i + 1].text))
      roles[++i] = 'attachment';
  }
}

function bodyParagraph(line: SourceLine): TypesetParagraph {
  const level = line.level === undefined ? headingLevel(line.text) : line.level;
  if (!level) return { role: 'body', text: line.text };
  const length = headingLength(line.text);
  if (length === line.text.length) return { role: `heading${level}`, text: line.text };
  return length > 0 ? { role: 'body', text: line.text, lead: { level, length } } : { role: 'body', text: line.text };
}
