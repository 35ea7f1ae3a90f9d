import { createDraftsRepository } from './drafts-repository';
import { createRevisionsRepository } from './revisions-repository';
import { createSettingsRepository } from './settings-repository';
import { createUserTemplatesRepository } from './user-templates-repository';
import { WenshuDatabase } from './wenshu-database';

/** The extension's single database and repositories; tests build their own with another name. */
export const database = new WenshuDatabase();
export const draftsRepository = createDraftsRepository(database);
export const revisionsRepository = createRevisionsRepository(database, draftsRepository);
export const settingsRepository = createSettingsRepository(database);
export const userTemplatesRepository = createUserTemplatesRepository(database);
