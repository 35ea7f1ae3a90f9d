import type { Draft } from '../storage/draft';
import type { Revision } from '../storage/revision';
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
  revisions: (Revision & { id: number })[];
  userTemplates: UserTemplate[];
  settings: Setting[];
}

/** Checked before anything is stored. The UI can also compare a File's size to maxFileBytes before reading it. */
export const backupLimits = {
  maxFileBytes: 200 * 1024 * 1024,
  maxStringLength: 5 * 1024 * 1024,
  maxDrafts: 100_000,
  maxRevisions: 1_000_000,
  maxUserTemplates: 10_000,
  maxSettings: 1_000,
  maxArrayLength: 10_000,
  maxDepth: 32,
  /** Collecting stops here: a file with 10^6 bad rows should not produce 10^6 messages. */
  maxErrors: 50,
};

/** Stable codes the UI translates; `path` says where (e.g. "drafts[3].title"), `detail` is English for logs. */
export type BackupErrorCode =
  | 'notJson'
  | 'wrongFormat'
  | 'unsupportedVersion'
  | 'invalidField'
  | 'tooLarge'
  | 'forbiddenKey'
  | 'duplicateId'
  | 'invalidReference';

export interface BackupIssue<Code extends string> {
  code: Code;
  path: string;
  detail: string;
}
export type BackupError = BackupIssue<BackupErrorCode>;
/** Unknown fields are dropped, not stored; each is reported so the UI can say "some data was ignored". */
export type BackupWarning = BackupIssue<'unknownField'>;

export type ParseBackupResult =
  { ok: true; backup: Backup; warnings: BackupWarning[] } | { ok: false; errors: BackupError[] };
