import type { MessageKey } from '../i18n/messages';
import type { ErrorCode } from './protocol';

/** Every protocol error code has a message in the UI language (the mapped type keeps this complete). */
export const errorMessageKeys: Record<ErrorCode, MessageKey> = {
  noTarget: 'errNoTarget',
  noPage: 'errNoPage',
  unreachable: 'errUnreachable',
  readonly: 'errReadonly',
  notRegistered: 'errNotRegistered',
  noSelection: 'errNoSelection',
  noDraft: 'errNoDraft',
  crossOrigin: 'errCrossOrigin',
  unknown: 'errUnknown',
};
