import * as v from 'valibot';
import { withoutForbiddenKeys } from './forbidden-keys';
import { listSchema } from './list-schema';
import { nonEmptyTextSchema, textSchema } from './text-schema';
import { valueMapSchema } from './value-map-schema';

/**
 * The structure of stored fields and form values, as a backup or a pack brings them. Bounds are loose
 * (older data must restore); the rules for authoring a schema are validateFieldSchema's, in templates/.
 */
export const scalarFieldTypes = ['text', 'multiline', 'date', 'number', 'percent', 'choice'] as const;

const row = valueMapSchema(textSchema(), 1_000);
export const fieldValuesSchema = valueMapSchema(v.union([textSchema(), listSchema(row, 10_000)]), 10_000);

const common = {
  name: nonEmptyTextSchema(200),
  label: textSchema(1_000),
  required: v.optional(v.boolean()),
  help: v.optional(textSchema(10_000)),
};
const scalarEntries = {
  ...common,
  type: v.picklist(scalarFieldTypes),
  example: v.optional(textSchema(10_000)),
  options: v.optional(listSchema(textSchema(1_000), 1_000)),
};
export const scalarFieldSchema = withoutForbiddenKeys(v.object(scalarEntries));
export const fieldSchema = withoutForbiddenKeys(
  v.variant('type', [
    v.object(scalarEntries),
    v.object({
      ...common,
      type: v.literal('group'),
      fields: listSchema(scalarFieldSchema, 1_000),
      example: v.optional(listSchema(row, 10_000)),
    }),
  ]),
);
export const fieldListSchema = listSchema(fieldSchema, 1_000);
