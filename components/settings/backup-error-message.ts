import type { BackupError, BackupErrorCode } from '../../backup/backup-format';
import type { MessageKey } from '../../i18n/messages';

export const backupErrorKeys: Record<BackupErrorCode, MessageKey> = {
  notJson: 'backupErrNotJson',
  wrongFormat: 'backupErrWrongFormat',
  unsupportedVersion: 'backupErrUnsupportedVersion',
  invalidField: 'backupErrInvalidField',
  tooLarge: 'backupErrTooLarge',
  forbiddenKey: 'backupErrForbiddenKey',
  duplicateId: 'backupErrDuplicateId',
  invalidReference: 'backupErrInvalidReference',
};

const whereKeys: Record<string, MessageKey> = {
  drafts: 'backupWhereDraft',
  revisions: 'backupWhereRevision',
  userTemplates: 'backupWhereTemplate',
  settings: 'backupWhereSetting',
};

type Translate = (key: MessageKey, ...substitutions: (string | number)[]) => string;

/**
 * One problem in words: what is wrong and, for a record, which one ("第 3 份草稿"); never the internal
 * path such as `$.format`, which means nothing to the person holding the file.
 */
export function backupErrorMessage(t: Translate, error: BackupError): string {
  const reason = t(backupErrorKeys[error.code]);
  const record = /(drafts|revisions|userTemplates|settings)\[(\d+)\]/.exec(error.path);
  if (!record) return reason;
  return t('backupErrAt', reason, t(whereKeys[record[1]], Number(record[2]) + 1));
}
