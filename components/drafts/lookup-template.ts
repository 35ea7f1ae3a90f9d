import { userTemplatesRepository } from '../../storage/default-database';
import type { TemplateLookup } from '../../typeset/draft-paragraphs';

/**
 * The template a draft was made from: a built-in one, else the user's own (if not deleted since). The
 * built-ins are fetched on first use (only exports and 排版 need them), keeping them out of the first chunk.
 */
export const lookupTemplate: TemplateLookup = async (id) =>
  (await import('../../templates/builtin')).findBuiltinTemplate(id) ?? userTemplatesRepository.get(id);
