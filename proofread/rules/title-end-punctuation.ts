import type { ProofreadRule, RuleHit } from '../finding';
import { bodyTitle } from '../body-title';
import { linesOf, type Line } from '../lines-of';

const trailing = /[。，；、,;.]+$/;
/** Marks that show a line is a sentence (or heading plus text), not a stand-alone title. */
const inner = /[。，；：,;:！？]/;
/** Heading levels 一、 and （一）: each level is compared only with its own kind. */
const levels = [/^[一二三四五六七八九十]+、/, /^（[一二三四五六七八九十]+）/];
const maxHeading = 30;

interface Heading {
  line: Line;
  level: number;
  /** The line without indentation and trailing blanks. */
  trimmed: string;
}

function trailingHit(line: Line, trimmed: string, severity: RuleHit['severity']): RuleHit | null {
  const match = trailing.exec(trimmed);
  if (!match) return null;
  const start = line.start + line.text.indexOf(trimmed) + match.index;
  return { start, end: start + match[0].length, replacement: '', severity };
}

/** Short numbered lines with nothing but a heading in them: candidates for a stand-alone heading. */
function headingsOf(lines: Line[]): Heading[] {
  return lines.flatMap((line) => {
    const trimmed = line.text.trim();
    const content = trimmed.replace(trailing, '');
    const level = levels.findIndex((pattern) => pattern.test(content));
    if (level < 0 || content.length > maxHeading || inner.test(content)) return [];
    return [{ line, level, trimmed }];
  });
}

/**
 * No punctuation after a title (…的通知。) or a stand-alone heading. A numbered line ending in ； is an
 * item of a list, and one ending in 。 may be a sentence or the 国务院 house style of run-in headings
 * (（一）指导思想。 on its own line): so 。 is only suggested away when other headings of the same level
 * in this text stand bare, and ； never. 、 ， and ASCII marks end no heading and no item.
 */
export const titleEndPunctuation: ProofreadRule = {
  id: 'title-end-punctuation',
  severity: 'error',
  messageKeys: ['proofTitleEndPunctuation'],
  check(text, context) {
    const lines = linesOf(text).filter((line) => line.text.trim());
    // A first line is a title only when it reads as one (关于…的通知) or repeats the title field: a body
    // that starts with a short sentence (现将有关事项通知如下。) keeps its full stop.
    const title = bodyTitle(text);
    const bare = (line: string) => line.trim().replace(trailing, '');
    const repeatsTitle = lines.length > 1 && !!context.title?.trim() && bare(lines[0].text) === bare(context.title);
    const titleLines = title.length ? title : repeatsTitle ? lines.slice(0, 1) : [];
    const hits: RuleHit[] = [];
    for (const line of titleLines) {
      const trimmed = line.text.trim();
      if (trimmed.length > 40 || inner.test(trimmed.replace(trailing, ''))) continue;
      const hit = trailingHit(line, trimmed, 'error');
      if (hit) hits.push(hit);
    }
    const headings = headingsOf(lines.filter((line) => !titleLines.includes(line)));
    const bareLevels = new Set(headings.filter((h) => !trailing.test(h.trimmed)).map((h) => h.level));
    for (const { line, level, trimmed } of headings) {
      const mark = trailing.exec(trimmed)?.[0] ?? '';
      if (mark === '；') continue;
      if (mark === '。' && !bareLevels.has(level)) continue;
      const hit = trailingHit(line, trimmed, mark === '。' ? 'suggestion' : 'error');
      if (hit) hits.push(hit);
    }
    return hits;
  },
};
