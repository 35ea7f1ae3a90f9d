import * as v from 'valibot';
import { documentKindSchema } from '../../domain/document-kind';
import { fieldListSchema } from '../../domain/field-schema';
import { withoutForbiddenKeys } from '../../domain/forbidden-keys';
import { listSchema } from '../../domain/list-schema';
import { nonEmptyTextSchema, textSchema } from '../../domain/text-schema';
import { templatePackFormat, templatePackLimits, templatePackVersion } from './template-pack';

/**
 * One template as a pack carries it; ids and dates of other exports are not read (an import always
 * makes new templates). Its output type equals PackedTemplate.
 */
export const packedTemplateSchema = withoutForbiddenKeys(
  v.object({
    name: nonEmptyTextSchema(templatePackLimits.maxNameLength),
    kind: documentKindSchema,
    description: v.optional(textSchema(templatePackLimits.maxDescriptionLength), ''),
    fields: fieldListSchema,
    body: textSchema(templatePackLimits.maxBodyLength),
  }),
);

export const templatePackSchema = withoutForbiddenKeys(
  v.object({
    format: v.literal(templatePackFormat),
    version: v.literal(templatePackVersion),
    templates: listSchema(packedTemplateSchema, templatePackLimits.maxTemplates),
  }),
);
