import * as v from 'valibot';
import { isPlainObject } from '../domain/forbidden-keys';
import { placeOf, problemsOf } from '../domain/file-problem';
import type { Setting } from '../storage/wenshu-database';
import {
  backupFormat,
  backupLimits,
  backupLists,
  backupVersion,
  type Backup,
  type BackupError,
  type BackupErrorCode,
  type ParseBackupResult,
} from './backup-format';
import { backupSchema } from './backup-schema';
import { droppedFields } from './dropped-fields';

const refuse = (code: BackupErrorCode, detail: string): ParseBackupResult => ({
  ok: false,
  errors: [{ code, place: {}, detail }],
});

/** Validates the whole file before anything is stored; returns a typed backup or every problem found. */
export function parseBackup(text: string): ParseBackupResult {
  // UTF-16 length ≤ UTF-8 byte length, so this never rejects a file that is within the byte limit.
  if (text.length > backupLimits.maxFileBytes) return refuse('tooLarge', `larger than ${backupLimits.maxFileBytes}`);
  let root: unknown;
  try {
    root = JSON.parse(text);
  } catch (error) {
    return refuse('notJson', error instanceof Error ? error.message : String(error));
  }
  if (!isPlainObject(root) || root.format !== backupFormat) return refuse('wrongFormat', `not a ${backupFormat} file`);
  if (root.version !== backupVersion) {
    return refuse('unsupportedVersion', `version ${JSON.stringify(root.version)} is not ${backupVersion}`);
  }
  const result = v.safeParse(backupSchema, root);
  if (!result.success) {
    return { ok: false, errors: problemsOf(root, result.issues, backupLists).slice(0, backupLimits.maxErrors) };
  }
  const errors = crossRecordErrors(root, result.output);
  if (errors.length > 0) return { ok: false, errors: errors.slice(0, backupLimits.maxErrors) };
  const warnings = droppedFields(root, result.output)
    .slice(0, backupLimits.maxErrors)
    .map((keys) => ({
      code: 'unknownField' as const,
      place: placeOf(root, keys, backupLists),
      detail: keys.join('.'),
    }));
  const settings = result.output.settings.filter((setting): setting is Setting => setting !== null);
  const backup: Backup = { ...result.output, settings };
  return { ok: true, backup, warnings };
}

/** Checked once every record is valid, so one bad draft does not also show up as missing for its revisions. */
function crossRecordErrors(root: unknown, backup: Omit<Backup, 'settings'>): BackupError[] {
  const errors: BackupError[] = [];
  const fail = (code: BackupErrorCode, keys: unknown[], detail: string) =>
    errors.push({ code, place: placeOf(root, keys, backupLists), detail });
  const checkIds = (list: (typeof backupLists)[number], ids: readonly (string | number)[]) => {
    const seen = new Set<string | number>();
    ids.forEach((id, i) => {
      if (seen.has(id)) fail('duplicateId', [list, i, 'id'], `id ${id} appears twice`);
      seen.add(id);
    });
  };
  checkIds(
    'drafts',
    backup.drafts.map((d) => d.id),
  );
  checkIds(
    'revisions',
    backup.revisions.map((r) => r.id),
  );
  checkIds(
    'userTemplates',
    backup.userTemplates.map((t) => t.id),
  );
  const draftIds = new Set(backup.drafts.map((d) => d.id));
  backup.revisions.forEach((revision, i) => {
    if (!draftIds.has(revision.draftId)) {
      fail('invalidReference', ['revisions', i, 'draftId'], `no draft with id ${revision.draftId}`);
    }
  });
  return errors;
}
