import * as v from 'valibot';
import { fieldValuesSchema } from '../domain/field-schema';
import { textSchema } from '../domain/text-schema';
import { valueMapSchema } from '../domain/value-map-schema';
import type { Settings } from './settings-repository';

/** One schema per setting: the mapped type makes a new setting without a schema a compile error. */
export const settingSchemas: { [K in keyof Settings]: v.GenericSchema<unknown, Settings[K]> } = {
  lastDraftId: v.nullable(textSchema(200)),
  locale: v.nullable(v.picklist(['zh_CN', 'zh_TW', 'en'])),
  // The last form values per template id: each entry reads as form values on its own.
  templateValues: valueMapSchema(fieldValuesSchema, 10_000),
  insertParts: valueMapSchema(v.picklist(['title', 'body', 'all']), 10_000),
  plainTextIndent: v.boolean(),
};
