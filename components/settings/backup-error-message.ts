import type { BackupErrorCode } from '../../backup/backup-format';
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
