import type { MessageKey } from '../../i18n/messages';
import type { PolishErrorCode } from '../../polish/normalize-error';

/** Message and suggestion for each failure; the raw detail is shown small, never a stack trace. */
export const polishErrorKeys: Record<PolishErrorCode, [MessageKey, MessageKey]> = {
  offline: ['polishErrOffline', 'polishErrOfflineFix'],
  gpuMemory: ['polishErrGpuMemory', 'polishErrGpuMemoryFix'],
  noWebGpu: ['cap_noAdapter', 'cap_noAdapterFix'],
  noF16: ['cap_noF16', 'cap_noF16Fix'],
  storage: ['cap_lowStorage', 'cap_lowStorageFix'],
  cancelled: ['polishErrCancelled', 'polishErrCancelledFix'],
  broken: ['polishErrBroken', 'polishErrBrokenFix'],
  mismatch: ['polishErrMismatch', 'polishErrMismatchFix'],
  timeout: ['polishErrTimeout', 'polishErrTimeoutFix'],
  permission: ['polishErrPermission', 'polishErrPermissionFix'],
  unknown: ['polishErrUnknown', 'polishErrUnknownFix'],
};
