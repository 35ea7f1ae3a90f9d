import type { BackupError, BackupErrorCode, BackupWarning } from '../../backup/backup-format';
import type { MessageKey } from '../../i18n/messages';
import { describePlace } from '../describe-place';

export const backupErrorKeys: Record<BackupErrorCode, MessageKey> = {
  notJson: 'backupErrNotJson',
  wrongFormat: 'backupErrWrongFormat',
  unsupportedVersion: 'backupErrUnsupportedVersion',
  invalidField: 'backupErrInvalidField',
  missingField: 'backupErrMissingField',
  tooLarge: 'backupErrTooLarge',
  forbiddenKey: 'backupErrForbiddenKey',
  duplicateId: 'backupErrDuplicateId',
  invalidReference: 'backupErrInvalidReference',
};

type Translate = (key: MessageKey, ...substitutions: (string | number)[]) => string;

/**
 * One problem in words: what is wrong and where — which record ("第 3 份草稿《通知》") and which of its
 * fields ("“标题”"); never an internal path such as `$.format`, which means nothing to the person holding the file.
 */
export function backupErrorMessage(t: Translate, error: BackupError): string {
  const reason = t(backupErrorKeys[error.code]);
  const where = describePlace(t, error.place);
  return where ? t('backupErrAt', reason, where) : reason;
}

/** What a newer version's file held that this one dropped: the first three places in words, then "…". */
export function droppedFieldsMessage(t: Translate, warnings: BackupWarning[]): string {
  const places = warnings.slice(0, 3).map((warning) => describePlace(t, warning.place) || warning.detail);
  return t('importDroppedFields', places.join('、') + (warnings.length > 3 ? '…' : ''));
}
