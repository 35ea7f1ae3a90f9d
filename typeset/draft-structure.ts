import { classifyLines, titleEnding, trimLine, type SourceLine } from './recognise-structure';
import type { TypesetParagraph } from './typeset-paragraph';

export interface DraftText {
  title: string;
  body: string;
}

/**
 * The typeset structure of a draft. Its title field is the title; when the body does not start with
 * it, it goes above the body. A draft made from a template passes that template's lines
 * (templateStructure): body lines still as the template wrote them take the template's known roles,
 * lines the user added or changed are recognised from their wording.
 */
export function draftStructure(draft: DraftText, templateLines?: SourceLine[]): TypesetParagraph[] {
  const title = trimLine(draft.title);
  const lines: SourceLine[] = align(draft.body.split('\n'), templateLines);
  const first = trimLine(lines.find((line) => trimLine(line.text))?.text ?? '');
  if (title !== '' && first !== title && !looksLikeTitle(first))
    return classifyLines([{ text: title, level: null, date: false }, ...lines], { titleLines: 1 });
  const templateTitle = templateLines?.map((line) => trimLine(line.text)).find(Boolean);
  return classifyLines(lines, first !== '' && first === templateTitle ? { titleLines: 1 } : {});
}

/** A body that opens with its own title (`关于……的通知`) keeps it, whatever the title field says. */
function looksLikeTitle(line: string): boolean {
  return titleEnding.test(line) && !/[，。；！？]/.test(line);
}

/** In order: each body line takes the facts of the next identical template line, if there is one. */
function align(body: string[], template: SourceLine[] | undefined): SourceLine[] {
  if (!template) return body.map((text) => ({ text }));
  const known = template.filter((line) => trimLine(line.text));
  let next = 0;
  return body.map((text) => {
    const trimmed = trimLine(text);
    if (!trimmed) return { text };
    const at = known.findIndex((line, i) => i >= next && trimLine(line.text) === trimmed);
    if (at < 0) return { text };
    next = at + 1;
    return { ...known[at], text };
  });
}
