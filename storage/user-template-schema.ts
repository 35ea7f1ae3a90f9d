import * as v from 'valibot';
import { documentKindSchema } from '../domain/document-kind';
import { fieldListSchema } from '../domain/field-schema';
import { withoutForbiddenKeys } from '../domain/forbidden-keys';
import { idSchema, textSchema, timeSchema } from '../domain/text-schema';

/** A stored user template; the output type equals UserTemplate. */
export const userTemplateSchema = withoutForbiddenKeys(
  v.object({
    id: idSchema,
    name: textSchema(1_000),
    kind: documentKindSchema,
    description: textSchema(100_000),
    fields: fieldListSchema,
    body: textSchema(),
    createdAt: timeSchema,
    updatedAt: timeSchema,
  }),
);
