import { copySuffix, type Draft } from '../storage/draft';
import type { Revision } from '../storage/revision';
import type { UserTemplate } from '../storage/user-template';
import type { WenshuDatabase } from '../storage/wenshu-database';
import type { Backup } from './backup-format';

export interface ApplyBackupOptions {
  /** What to do with a draft or template whose id is already stored. Nothing is ever overwritten. */
  onExisting: 'keepBoth' | 'skip';
  newId?: () => string;
}

export interface ImportCounts {
  /** Stored under their own id. */
  imported: number;
  /** Id was taken: stored as a copy with a new id and "（副本）" appended. */
  copied: number;
  /** Id was taken and onExisting is 'skip'. */
  skipped: number;
  /** Identical to what is stored (e.g. the same file imported twice): nothing to do, in either mode. */
  unchanged: number;
}

export interface ApplyBackupReport {
  drafts: ImportCounts;
  userTemplates: ImportCounts;
  revisions: number;
  settings: number;
}

const emptyCounts = (): ImportCounts => ({ imported: 0, copied: 0, skipped: 0, unchanged: 0 });

const sameDraft = (a: Draft, b: Draft) =>
  a.revision === b.revision && a.updatedAt === b.updatedAt && a.title === b.title && a.body === b.body;
const sameTemplate = (a: UserTemplate, b: UserTemplate) =>
  a.updatedAt === b.updatedAt && a.name === b.name && a.body === b.body;

/**
 * Stores a parsed backup in ONE transaction: if anything fails, nothing of the file is kept. Revisions
 * follow their draft: re-pointed to the copy, or skipped with it. Settings only fill keys not yet set,
 * so importing never changes the current user's preferences.
 */
export async function applyBackup(
  db: WenshuDatabase,
  backup: Backup,
  options: ApplyBackupOptions,
): Promise<ApplyBackupReport> {
  const newId = options.newId ?? (() => crypto.randomUUID());
  return db.transaction('rw', [db.drafts, db.revisions, db.userTemplates, db.settings], async () => {
    const report: ApplyBackupReport = {
      drafts: emptyCounts(),
      userTemplates: emptyCounts(),
      revisions: 0,
      settings: 0,
    };

    const storedDrafts = await db.drafts.bulkGet(backup.drafts.map((d) => d.id));
    const draftIdMap = new Map<string, string>(); // backup id → id stored now; absent = not imported
    const draftsToAdd: Draft[] = [];
    backup.drafts.forEach((draft, i) => {
      const stored = storedDrafts[i];
      if (!stored) {
        draftsToAdd.push(draft);
        draftIdMap.set(draft.id, draft.id);
        report.drafts.imported++;
      } else if (sameDraft(stored, draft)) report.drafts.unchanged++;
      else if (options.onExisting === 'skip') report.drafts.skipped++;
      else {
        const copy: Draft = { ...draft, id: newId(), title: draft.title + copySuffix, pinned: false };
        draftsToAdd.push(copy);
        draftIdMap.set(draft.id, copy.id);
        report.drafts.copied++;
      }
    });
    await db.drafts.bulkAdd(draftsToAdd);

    // Fresh auto-increment ids, added in the file's id order, so history order survives the import.
    const revisionsToAdd: Revision[] = [...backup.revisions]
      .sort((a, b) => a.id - b.id)
      .filter((revision) => draftIdMap.has(revision.draftId))
      .map(({ id: _oldId, ...revision }) => ({ ...revision, draftId: draftIdMap.get(revision.draftId)! }));
    await db.revisions.bulkAdd(revisionsToAdd);
    report.revisions = revisionsToAdd.length;

    const storedTemplates = await db.userTemplates.bulkGet(backup.userTemplates.map((t) => t.id));
    const templatesToAdd: UserTemplate[] = [];
    backup.userTemplates.forEach((template, i) => {
      const stored = storedTemplates[i];
      if (!stored) {
        templatesToAdd.push(template);
        report.userTemplates.imported++;
      } else if (sameTemplate(stored, template)) report.userTemplates.unchanged++;
      else if (options.onExisting === 'skip') report.userTemplates.skipped++;
      else {
        templatesToAdd.push({ ...template, id: newId(), name: template.name + copySuffix });
        report.userTemplates.copied++;
      }
    });
    await db.userTemplates.bulkAdd(templatesToAdd);

    const storedSettings = await db.settings.bulkGet(backup.settings.map((s) => s.key));
    const settingsToAdd = backup.settings.filter((_, i) => storedSettings[i] === undefined);
    await db.settings.bulkAdd(settingsToAdd);
    report.settings = settingsToAdd.length;
    return report;
  });
}
