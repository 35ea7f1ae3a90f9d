import { userTemplatesRepository } from '../../storage/default-database';
import { findBuiltinTemplate } from '../../templates/builtin';
import type { TemplateLookup } from '../../typeset/draft-paragraphs';

/** The template a draft was made from: a built-in one, else the user's own (if not deleted since). */
export const lookupTemplate: TemplateLookup = (id) => findBuiltinTemplate(id) ?? userTemplatesRepository.get(id);
