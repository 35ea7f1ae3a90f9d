import type { MessageKey } from '../../i18n/messages';
import type { TemplatePackError, TemplatePackErrorCode } from '../../templates/packs';

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
  duplicateId: 'packErrInvalid',
  invalidReference: 'packErrInvalid',
};

/** The first problem of a refused pack, in the UI language; the path says where (templates[2].fields). */
export function packErrorMessage(t: T, errors: TemplatePackError[]): string {
  const first = errors[0];
  const key = keyByCode[first.code];
  const detail = key === 'packErrNotJson' ? first.detail : first.path.replace(/^\$\.?/, '') || '$';
  return t(key, detail);
}
