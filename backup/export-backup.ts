import { systemClock, type Clock } from '../storage/clock';
import { localOnlySettings } from '../storage/settings-repository';
import type { WenshuDatabase } from '../storage/wenshu-database';
import { backupFormat, backupVersion, type Backup } from './backup-format';

/** Everything, read in one transaction so the file is a consistent snapshot even while a panel writes. */
export async function exportBackup(db: WenshuDatabase, clock: Clock = systemClock): Promise<Backup> {
  return db.transaction('r', [db.drafts, db.revisions, db.userTemplates, db.settings], async () => ({
    format: backupFormat,
    version: backupVersion,
    exportedAt: clock(),
    drafts: await db.drafts.toArray(),
    revisions: (await db.revisions.toArray()) as Backup['revisions'],
    userTemplates: await db.userTemplates.toArray(),
    settings: (await db.settings.toArray()).filter(({ key }) => !localOnlySettings.includes(key)),
  }));
}

/** The file's text; indented lightly so a person can inspect it, at little cost in size. */
export function serializeBackup(backup: Backup): string {
  return JSON.stringify(backup, null, 1);
}
