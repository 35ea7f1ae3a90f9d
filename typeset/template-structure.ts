import { buildTemplateContext } from '../templates/build-template-context';
import { evaluateTemplate, parseTemplate } from '../templates/engine';
import { defaultHelpers } from '../templates/helpers';
import { normalizeText } from '../templates/normalize-text';
import type { FieldValues, TemplateDefinition } from '../templates/template-definition';
import type { SourceLine } from './recognise-structure';

/** What the structure needs of a template, built-in or the user's own. */
export type TemplateSource = Pick<TemplateDefinition, 'fields' | 'body'>;

const headingMark = '\uE000';
const dateMark = '\uE001';
const marks = /\uE000\d|\uE001/g;

/**
 * The lines a template renders for these values, each with what the template itself says about it:
 * which lines carry a `{{heading n …}}` number (and its level) and which is a `{{cnDate}}` line.
 * The helpers are wrapped to leave private-use marks in the text, so nothing is guessed from wording.
 * Returns undefined when the body does not render (a user template with an error).
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
        heading: (...args) => `${headingMark}${String(args[0])}${String(heading(...args))}`,
        cnDate: (...args) => `${dateMark}${String(cnDate(...args))}`,
      },
      escape: (text) => text,
    });
  } catch {
    return undefined;
  }
  return normalizeText(raw)
    .split('\n')
    .map((line) => {
      const text = line.replace(marks, '');
      const start = line.replace(/^[\s\u3000]+/, '');
      const level = start.startsWith(headingMark) ? Number(start[1]) : 0;
      return {
        text,
        level: level >= 1 && level <= 4 ? (level as 1 | 2 | 3 | 4) : null,
        date: start.startsWith(dateMark) && !/\uE001/.test(start.slice(1)) && text.trim() === start.slice(1).trim(),
      };
    });
}
