import * as v from 'valibot';
import { fieldValuesSchema } from '../domain/field-schema';
import { withoutForbiddenKeys } from '../domain/forbidden-keys';
import { counterSchema, idSchema, textSchema, timeSchema } from '../domain/text-schema';
import { revisionSources } from './revision';

/** A kept revision with its id (which only orders it); the output type equals StoredRevision. */
export const storedRevisionSchema = withoutForbiddenKeys(
  v.object({
    id: counterSchema,
    draftId: idSchema,
    draftRevision: counterSchema,
    createdAt: timeSchema,
    source: v.picklist(revisionSources),
    title: textSchema(),
    body: textSchema(),
    fieldValues: v.optional(fieldValuesSchema),
  }),
);
