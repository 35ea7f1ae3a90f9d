import * as v from 'valibot';
import { documentKindSchema } from '../domain/document-kind';
import { fieldValuesSchema } from '../domain/field-schema';
import { withoutForbiddenKeys } from '../domain/forbidden-keys';
import { listSchema } from '../domain/list-schema';
import { counterSchema, idSchema, textSchema, timeSchema } from '../domain/text-schema';
import { draftStatuses } from './draft';

/** A stored draft as a backup carries it; its output type equals Draft (tests/unit/storage/stored-types.test.ts). */
export const draftSchema = withoutForbiddenKeys(
  v.object({
    id: idSchema,
    title: textSchema(),
    body: textSchema(),
    kind: documentKindSchema,
    templateId: v.optional(idSchema),
    fieldValues: v.optional(fieldValuesSchema),
    tags: listSchema(textSchema(100), 100),
    status: v.picklist(draftStatuses),
    pinned: v.boolean(),
    createdAt: timeSchema,
    updatedAt: timeSchema,
    revision: counterSchema,
    deletedAt: v.optional(timeSchema),
  }),
);
