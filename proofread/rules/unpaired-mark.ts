import type { ProofreadRule, RuleHit } from '../finding';
import { linesOf, type Line } from '../lines-of';

const closerOf: Record<string, string> = {
  '“': '”',
  '‘': '’',
  '（': '）',
  '《': '》',
  '〈': '〉',
  '【': '】',
  '〔': '〕',
  '［': '］',
};
const openerOf = Object.fromEntries(Object.entries(closerOf).map(([open, close]) => [close, open]));
/** ASCII brackets pair like full-width ones here; halfwidth-punctuation says which one is the wrong width. */
const asciiBrackets: Record<string, string> = { '(': '（', ')': '）', '[': '［', ']': '］' };
const fullWidth = (char: string) => asciiBrackets[char] ?? char;
/** A closing bracket after a number at the start of a line is an enumerator (1） a)), not half a pair. */
const enumerator = /^[ \t\u3000]*[\dA-Za-z一二三四五六七八九十]{1,3}[)）]$/;

interface Unpaired {
  opened: number[];
  closed: number[];
}

/** Every mark this rule pairs, to visit only them rather than every character of a long paragraph. */
const marks = /[“”‘’（）《》〈〉【】〔〕［］()[\]]/g;

function unpairedIn(line: Line): Unpaired {
  const opened: number[] = [];
  const closed: number[] = [];
  for (const { 0: mark, index: at } of line.text.matchAll(marks)) {
    // An apostrophe in a Latin name inside Chinese text (World’s) is no closing quote.
    if (mark === '’' && /[A-Za-z]/.test(line.text[at - 1] ?? '') && /[A-Za-z]/.test(line.text[at + 1] ?? '')) continue;
    const char = fullWidth(mark);
    if (closerOf[char]) opened.push(at);
    else if (fullWidth(line.text[opened.at(-1) ?? -1]) === openerOf[char]) opened.pop();
    else if (!enumerator.test(line.text.slice(0, at + 1))) closed.push(at);
  }
  return { opened, closed };
}

/**
 * Quotes, brackets and 书名号 pair up within a paragraph: '十四五“ or （一 is a slip. Two exceptions that
 * real documents show: a title or note broken over lines (《政府网站集约化 / 试点工作方案》的通知) closes on the
 * next line, and a quotation over several paragraphs opens each with “ and closes only the last
 * (GB/T 15834 4.8, 引号). No fix: only the writer knows where the missing half goes.
 */
export const unpairedMark: ProofreadRule = {
  id: 'unpaired-mark',
  severity: 'error',
  messageKeys: ['proofUnpairedMark'],
  check(text) {
    const lines = linesOf(text).filter((line) => line.text.trim());
    const unpaired = lines.map(unpairedIn);
    const hits: RuleHit[] = [];
    lines.forEach((line, index) => {
      const { opened, closed } = unpaired[index];
      const next = lines[index + 1];
      const wrapped = (at: number) => {
        const closer = closerOf[fullWidth(line.text[at])];
        const nextClosed = next ? unpaired[index + 1].closed : [];
        return nextClosed.some((position) => fullWidth(next.text[position]) === closer);
      };
      const continuedQuote = (at: number) =>
        line.text[at] === '“' && !line.text.slice(0, at).trim() && !!next?.text.trim().startsWith('“');
      const wrappedFromBefore = (at: number) => {
        const previous = lines[index - 1];
        const opener = openerOf[fullWidth(line.text[at])];
        return (
          !!previous && unpaired[index - 1].opened.some((position) => fullWidth(previous.text[position]) === opener)
        );
      };
      for (const at of opened)
        if (!wrapped(at) && !continuedQuote(at)) hits.push({ start: line.start + at, end: line.start + at + 1 });
      for (const at of closed)
        if (!wrappedFromBefore(at)) hits.push({ start: line.start + at, end: line.start + at + 1 });
    });
    return hits;
  },
};
