import { buildTemplateContext } from '../templates/build-template-context';
import { evaluateTemplate, parseTemplate } from '../templates/engine';
import { defaultHelpers } from '../templates/helpers';
import { normalizeText } from '../templates/normalize-text';
import type { FieldValues, TemplateDefinition } from '../templates/template-definition';
import type { SourceLine } from './recognise-structure';
import type { HeadingLevel } from './typeset-paragraph';

/** What the structure needs of a template, built-in or the user's own. */
export type TemplateSource = Pick<TemplateDefinition, 'fields' | 'body'>;

const headingMark = '\uE000';
const dateMark = '\uE001';
const valueMark = '\uE002';
const marks = /\uE000\d|[\uE001\uE002]/g;

/**
 * The lines a template renders for these values, each with what the template itself says about it:
 * a line numbered by `{{heading n …}}` is a heading of level n, a `{{cnDate}}` line is a date, and a
 * line that starts with a value the user typed is not a heading even if it reads `1.……`. Private-use
 * marks left by wrapped helpers and by the output escape say which is which; literal lines of the
 * template (`一、基本情况`) are recognised from their wording. Undefined when the body does not render.
 */
export function templateStructure(def: TemplateSource, values: FieldValues): SourceLine[] | undefined {
  const parsed = parseTemplate(def.body);
  if (!parsed.ok) return undefined;
  const { heading, cnDate } = defaultHelpers;
  let raw: string;
  try {
    raw = evaluateTemplate(parsed.program, buildTemplateContext(def.fields, values), {
      helpers: {
        ...defaultHelpers,
        heading: (...args: unknown[]) => `${headingMark}${String(args[0])}${String(heading(...args))}`,
        cnDate: (...args: unknown[]) => `${dateMark}${String(cnDate(...args))}`,
      },
      // Every {{…}} output passes here: mark the start of each of its lines.
      escape: (text) => valueMark + text.replace(/\n/g, `\n${valueMark}`),
    });
  } catch {
    return undefined;
  }
  return attachmentsNotHeadings(normalizeText(raw).split('\n').map(sourceLine));
}

/**
 * Templates number the 附件说明 with `{{heading 3 @index}}` (`附件：1.甲` / `2.乙`, GB/T 9704 7.3.5):
 * those numbers name attachments, they do not open level-3 headings.
 */
function attachmentsNotHeadings(lines: SourceLine[]): SourceLine[] {
  let inList = false;
  return lines.map((line) => {
    const text = line.text.replace(/^[\s\u3000]+/, '');
    inList = /^附件?[：:]\s*1[.．]/.test(text) || (inList && /^\d{1,2}[.．]/.test(text));
    return inList && line.level ? { ...line, level: null } : line;
  });
}

function sourceLine(marked: string): SourceLine {
  const text = marked.replace(marks, '');
  const start = marked.replace(/^[\s\u3000]+/, '');
  const tail = start.slice(valueMark.length);
  if (!start.startsWith(valueMark)) return { text };
  if (tail.startsWith(headingMark)) return { text, level: Number(tail[1]) as HeadingLevel };
  if (tail.startsWith(dateMark) && text.trim() === tail.slice(1).trim()) return { text, level: null, date: true };
  return { text, level: null };
}
