import { linesOf, type Line } from './lines-of';

/** Names of 公文 kinds a title ends with (…的通知, …的请示, …情况的汇报). */
const kindEnding = /的(?:通知|通报|报告|汇报|请示|意见|复函|函|批复|决定|决议|纪要|公告|通告)$/;
/** A title breaks over at most a few lines (GB/T 9704: a multi-line title is shaped, never split mid-word). */
const maxTitleLines = 4;
const maxLineLength = 40;

/**
 * The title at the top of the body, if the body starts with one: the first lines up to one ending in
 * 的通知/的报告/的请示…, with 关于 among them. Empty when the body has no such title.
 */
export function bodyTitle(text: string): Line[] {
  const lines = linesOf(text).filter((line) => line.text.trim());
  let joined = '';
  for (let count = 1; count <= Math.min(maxTitleLines, lines.length); count++) {
    const line = lines[count - 1].text.trim().replace(/[。，；]+$/, '');
    // A sentence, an addressee (国务院：) or a paragraph ends the search: titles are short, without marks inside.
    if (line.length > maxLineLength || /[，。；：！？,;:]/.test(line)) break;
    joined += line.replace(/\s/g, '');
    if (kindEnding.test(joined) && joined.includes('关于')) return lines.slice(0, count);
  }
  return [];
}
