import type { FileProblem, IssueCode } from '../domain/file-problem';
import { maxTextLength } from '../domain/text-schema';
import type { Draft } from '../storage/draft';
import type { StoredRevision } from '../storage/revision';
import type { UserTemplate } from '../storage/user-template';
import type { Setting } from '../storage/wenshu-database';

export const backupFormat = 'wenshu-backup';
export const backupVersion = 1;

/** One file holds everything; revisions point at drafts by draftId; ids of revisions only order them. */
export interface Backup {
  format: typeof backupFormat;
  version: typeof backupVersion;
  exportedAt: number;
  drafts: Draft[];
  revisions: StoredRevision[];
  userTemplates: UserTemplate[];
  settings: Setting[];
}

/** The lists of records a backup holds: a problem inside one of them is told by record. */
export const backupLists = ['drafts', 'revisions', 'userTemplates', 'settings'] as const;

/** Checked before anything is stored. The UI can also compare a File's size to maxFileBytes before reading it. */
export const backupLimits = {
  maxFileBytes: 200 * 1024 * 1024,
  maxStringLength: maxTextLength,
  maxDrafts: 100_000,
  maxRevisions: 1_000_000,
  maxUserTemplates: 10_000,
  maxSettings: 1_000,
  /** Reporting stops here: a file with 10^6 bad rows should not produce 10^6 messages. */
  maxErrors: 50,
};

/** Stable codes the UI translates; the place says where in words (record, field), `detail` is English for logs. */
export type BackupErrorCode =
  IssueCode | 'notJson' | 'wrongFormat' | 'unsupportedVersion' | 'duplicateId' | 'invalidReference';

export type BackupError = FileProblem<BackupErrorCode>;
/** Fields and settings this version does not know (a newer one's) are dropped, not stored; each is reported. */
export type BackupWarning = FileProblem<'unknownField'>;

export type ParseBackupResult =
  { ok: true; backup: Backup; warnings: BackupWarning[] } | { ok: false; errors: BackupError[] };
