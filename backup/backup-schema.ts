import * as v from 'valibot';
import { withoutForbiddenKeys } from '../domain/forbidden-keys';
import { listSchema } from '../domain/list-schema';
import { timeSchema } from '../domain/text-schema';
import { draftSchema } from '../storage/draft-schema';
import { storedRevisionSchema } from '../storage/revision-schema';
import { userTemplateSchema } from '../storage/user-template-schema';
import { backupFormat, backupLimits, backupVersion } from './backup-format';
import { backupSettingSchema } from './backup-setting-schema';

/** The whole backup file; settings it does not keep are null here (see backupSettingSchema). */
export const backupSchema = withoutForbiddenKeys(
  v.object({
    format: v.literal(backupFormat),
    version: v.literal(backupVersion),
    exportedAt: timeSchema,
    drafts: listSchema(draftSchema, backupLimits.maxDrafts),
    revisions: listSchema(storedRevisionSchema, backupLimits.maxRevisions),
    userTemplates: listSchema(userTemplateSchema, backupLimits.maxUserTemplates),
    settings: listSchema(backupSettingSchema, backupLimits.maxSettings),
  }),
);
