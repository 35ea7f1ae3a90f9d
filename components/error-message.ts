import type { MessageKey } from '../i18n/messages';
import { ProtocolFailure, type ErrorCode } from '../messaging/protocol';

const keyByCode: Record<ErrorCode, MessageKey> = {
  noTarget: 'errNoTarget',
  noPage: 'errNoPage',
  unreachable: 'errUnreachable',
  readonly: 'errReadonly',
  notRegistered: 'errNotRegistered',
  noSelection: 'errNoSelection',
  noDraft: 'errNoDraft',
  unknown: 'errUnknown',
};

/** Turns any failure into a message key plus detail, so the user never sees a stack trace. */
export function errorMessageOf(error: unknown): { key: MessageKey; detail: string } {
  if (error instanceof ProtocolFailure) return { key: keyByCode[error.code], detail: error.detail ?? error.code };
  return { key: 'errUnknown', detail: error instanceof Error ? error.message : String(error) };
}
