import type { MessageKey } from '../../i18n/messages';
import type { TemplatePackError, TemplatePackErrorCode } from '../../templates/packs';
import { describePlace } from '../describe-place';
import { schemaIssueMessage } from './problem-messages';

type T = (key: MessageKey, ...substitutions: (string | number)[]) => string;

const keyByCode: Record<TemplatePackErrorCode, MessageKey> = {
  notJson: 'packErrNotJson',
  truncated: 'packErrTruncated',
  wrongFormat: 'packErrWrongFormat',
  unsupportedVersion: 'packErrVersion',
  tooLarge: 'packErrTooLarge',
  forbiddenKey: 'packErrForbiddenKey',
  empty: 'packErrEmpty',
  invalidSchema: 'packErrSchema',
  invalidField: 'packErrInvalid',
  missingField: 'packErrMissing',
};

/** The first problem of a refused pack, in the UI language, saying where in words (第 2 个模板《通知》的“正文”). */
export function packErrorMessage(t: T, errors: TemplatePackError[]): string {
  const [first] = errors;
  if (first.code === 'notJson') return t('packErrNotJson', first.detail);
  const where = describePlace(t, first.place) || t('placeWholeFile');
  const detail = first.schema ? t('placeSchemaIssue', where, schemaIssueMessage(t, first.schema)) : where;
  return t(keyByCode[first.code], detail);
}
