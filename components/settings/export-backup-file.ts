import { exportBackup, serializeBackup } from '../../backup/export-backup';
import { database } from '../../storage/default-database';
import { downloadText } from '../download-text';

/** Downloads everything as one backup file; returns the file's name and how many drafts it holds. */
export async function exportBackupFile(): Promise<{ fileName: string; drafts: number }> {
  const backup = await exportBackup(database);
  const date = new Date(backup.exportedAt).toISOString().slice(0, 10);
  const fileName = `wenshu-backup-${date}.json`;
  downloadText(serializeBackup(backup), fileName);
  return { fileName, drafts: backup.drafts.length };
}
