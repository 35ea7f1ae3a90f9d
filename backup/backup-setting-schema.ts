import * as v from 'valibot';
import { withoutForbiddenKeys } from '../domain/forbidden-keys';
import { reissue } from '../domain/reissue';
import { textSchema } from '../domain/text-schema';
import { settingSchemas } from '../storage/setting-schemas';
import { localOnlySettings } from '../storage/settings-repository';
import type { Setting } from '../storage/wenshu-database';

const exported = new Map(Object.entries(settingSchemas).filter(([key]) => !localOnlySettings.includes(key)));

/**
 * One setting of a backup, its value checked by that setting's own schema. A setting this version does
 * not know (a newer one's), or one that stays on its machine, becomes null: dropped, and reported.
 */
export const backupSettingSchema = v.pipe(
  withoutForbiddenKeys(v.object({ key: textSchema(200), value: v.unknown() })),
  v.rawTransform(({ dataset, addIssue, NEVER }): Setting | null => {
    const { key, value } = dataset.value;
    const schema = exported.get(key);
    if (!schema) return null;
    const result = v.safeParse(schema, value);
    if (result.success) return { key, value: result.output };
    reissue(addIssue, result.issues, { type: 'object', origin: 'value', input: dataset.value, key: 'value', value });
    return NEVER;
  }),
);
