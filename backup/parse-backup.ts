import { backupFormat, backupLimits, backupVersion, type Backup, type ParseBackupResult } from './backup-format';
import { FieldReader, Issues, isPlainObject } from './backup-reader';
import { readDraft } from './read-draft';
import { readRevision, readSetting, readUserTemplate } from './read-records';

const forbiddenKeys = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Rejects keys that could reach an object's prototype when the data is later spread or assigned, and
 * nesting deeper than any real backup has. JSON.parse makes "__proto__" an ordinary own key, so it is
 * harmless here, but nothing downstream should ever have to think about it.
 */
function scanKeys(root: unknown, issues: Issues): void {
  const stack: [unknown, string, number][] = [[root, '$', 0]];
  while (stack.length > 0 && !issues.full) {
    const [value, path, depth] = stack.pop()!;
    if (typeof value !== 'object' || value === null) continue;
    if (depth > backupLimits.maxDepth) {
      issues.fail('tooLarge', path, `nested deeper than ${backupLimits.maxDepth}`);
      continue;
    }
    for (const key of Object.keys(value)) {
      if (forbiddenKeys.has(key)) issues.fail('forbiddenKey', `${path}.${key}`, `key "${key}" is not allowed`);
      else stack.push([(value as Record<string, unknown>)[key], `${path}.${key}`, depth + 1]);
    }
  }
}

function readList<T>(
  r: FieldReader,
  key: string,
  max: number,
  issues: Issues,
  read: (value: unknown, path: string, issues: Issues) => T | undefined,
): T[] {
  const value = r.raw(key);
  if (!Array.isArray(value)) return r.fail(key, 'expected an array') ?? [];
  if (value.length > max) return r.fail(key, `more than ${max} entries`, 'tooLarge') ?? [];
  const result: T[] = [];
  for (let i = 0; i < value.length && !issues.full; i++) {
    const item = read(value[i], `${key}[${i}]`, issues);
    if (item !== undefined) result.push(item);
  }
  return result;
}

function checkIds(ids: readonly (string | number)[], path: string, issues: Issues): void {
  const seen = new Set<string | number>();
  ids.forEach((id, i) => {
    if (seen.has(id)) issues.fail('duplicateId', `${path}[${i}].id`, `id ${id} appears twice`);
    seen.add(id);
  });
}

/** Validates the whole file before anything is stored; returns a typed backup or every problem found. */
export function parseBackup(text: string): ParseBackupResult {
  const issues = new Issues();
  // UTF-16 length ≤ UTF-8 byte length, so this never rejects a file that is within the byte limit.
  if (text.length > backupLimits.maxFileBytes) {
    issues.fail('tooLarge', '$', `file larger than ${backupLimits.maxFileBytes} bytes`);
    return { ok: false, errors: issues.errors };
  }
  let root: unknown;
  try {
    root = JSON.parse(text);
  } catch (error) {
    return {
      ok: false,
      errors: [{ code: 'notJson', path: '$', detail: error instanceof Error ? error.message : String(error) }],
    };
  }
  scanKeys(root, issues);
  if (issues.errors.length > 0) return { ok: false, errors: issues.errors };
  if (!isPlainObject(root) || root.format !== backupFormat) {
    return { ok: false, errors: [{ code: 'wrongFormat', path: '$.format', detail: `not a ${backupFormat} file` }] };
  }
  if (root.version !== backupVersion) {
    const newer = typeof root.version === 'number' && root.version > backupVersion;
    const detail = newer
      ? `version ${String(root.version)} is newer than this Wenshu supports`
      : `unknown version ${String(root.version)}`;
    return { ok: false, errors: [{ code: 'unsupportedVersion', path: '$.version', detail }] };
  }

  const r = new FieldReader(root, '$', issues);
  r.raw('format');
  r.raw('version');
  const exportedAt = r.number('exportedAt', { min: 0 });
  const drafts = readList(r, 'drafts', backupLimits.maxDrafts, issues, readDraft);
  const revisions = readList(r, 'revisions', backupLimits.maxRevisions, issues, readRevision);
  const userTemplates = readList(r, 'userTemplates', backupLimits.maxUserTemplates, issues, readUserTemplate);
  const settings = readList(r, 'settings', backupLimits.maxSettings, issues, readSetting);
  r.done();

  // Cross-record checks only on a file whose records are all valid, so one bad draft does not also
  // show up as "missing" for each of its revisions.
  if (issues.errors.length > 0 || exportedAt === undefined) return { ok: false, errors: issues.errors };
  checkIds(
    drafts.map((d) => d.id),
    'drafts',
    issues,
  );
  checkIds(
    revisions.map((v) => v.id),
    'revisions',
    issues,
  );
  checkIds(
    userTemplates.map((t) => t.id),
    'userTemplates',
    issues,
  );
  const draftIds = new Set(drafts.map((d) => d.id));
  revisions.forEach((revision, i) => {
    if (!draftIds.has(revision.draftId)) {
      issues.fail('invalidReference', `revisions[${i}].draftId`, `no draft with id ${revision.draftId}`);
    }
  });
  if (issues.errors.length > 0) return { ok: false, errors: issues.errors };
  const backup: Backup = {
    format: backupFormat,
    version: backupVersion,
    exportedAt,
    drafts,
    revisions,
    userTemplates,
    settings,
  };
  return { ok: true, backup, warnings: issues.warnings };
}
