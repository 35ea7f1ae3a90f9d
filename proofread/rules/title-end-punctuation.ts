import type { ProofreadRule, RuleHit } from '../finding';
import { linesOf, type Line } from '../lines-of';

const trailing = /[。，；、,;.]+$/;
/** Marks that show a line is a sentence (or heading plus text), not a stand-alone title. */
const inner = /[。，；：,;:！？]/;
const heading = /^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)/;

function trailingHit(line: Line, trimmed: string): RuleHit | null {
  const match = trailing.exec(trimmed);
  if (!match) return null;
  const start = line.start + match.index;
  return { start, end: start + match[0].length, replacement: '' };
}

/**
 * No punctuation after a title or a stand-alone heading (一、基本情况。 → 一、基本情况). A heading
 * followed by text on the same line ends with 。 by rule, so only short lines with no inner
 * punctuation count. The first line counts as the title only if more text follows it; 同志们： and an
 * addressee line end with a colon, which is never flagged.
 */
export const titleEndPunctuation: ProofreadRule = {
  id: 'title-end-punctuation',
  messageKeys: ['proofTitleEndPunctuation'],
  check(text) {
    const lines = linesOf(text).filter((line) => line.text.trim());
    const hits: RuleHit[] = [];
    lines.forEach((line, index) => {
      const trimmed = line.text.trimEnd();
      const content = trimmed.replace(trailing, '').trim();
      const isTitle = index === 0 && lines.length > 1;
      const isHeading = heading.test(content);
      if (!(isTitle || isHeading) || content.length > 40 || inner.test(content)) return;
      const hit = trailingHit(line, trimmed);
      if (hit) hits.push(hit);
    });
    return hits;
  },
};
