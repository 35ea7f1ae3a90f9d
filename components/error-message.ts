import type { MessageKey } from '../i18n/messages';
import { errorMessageKeys } from '../messaging/error-message-key';
import { ProtocolFailure } from '../messaging/protocol';

/** Turns any failure into a message key plus detail, so the user never sees a stack trace. */
export function errorMessageOf(error: unknown): { key: MessageKey; detail: string } {
  if (error instanceof ProtocolFailure)
    return { key: errorMessageKeys[error.code], detail: error.detail ?? error.code };
  return { key: 'errUnknown', detail: error instanceof Error ? error.message : String(error) };
}
