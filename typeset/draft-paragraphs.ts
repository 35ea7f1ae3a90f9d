import type { Draft } from '../storage/draft';
import { draftStructure } from './draft-structure';
import { templateStructure, type TemplateSource } from './template-structure';
import type { TypesetParagraph } from './typeset-paragraph';

/** Finds the template a draft was made from (built-in or the user's own), if it still exists. */
export type TemplateLookup = (id: string) => Promise<TemplateSource | undefined> | TemplateSource | undefined;

/** The typeset paragraphs of a saved draft, using its template's known structure when there is one. */
export async function draftParagraphs(
  draft: Pick<Draft, 'title' | 'body' | 'templateId' | 'fieldValues'>,
  lookup: TemplateLookup,
): Promise<TypesetParagraph[]> {
  const template = draft.templateId && draft.fieldValues ? await lookup(draft.templateId) : undefined;
  const lines = template && draft.fieldValues ? templateStructure(template, draft.fieldValues) : undefined;
  return draftStructure(draft, lines);
}
