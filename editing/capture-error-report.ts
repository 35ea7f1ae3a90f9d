import type { WxtBrowser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { errorMessageKeys } from '../messaging/error-message-key';
import { ProtocolFailure, type ErrorCode } from '../messaging/protocol';

export interface CaptureErrorRecord {
  code: ErrorCode;
  detail: string;
  at: number;
}

/** The last failed context-menu or shortcut action, until the user dismisses it or one succeeds. */
export const captureErrorItem = storage.defineItem<CaptureErrorRecord | null>('session:captureError', {
  fallback: null,
  version: 1,
});

/**
 * A context-menu click or shortcut has no panel to answer in, so a failure is shown on the toolbar
 * icon (badge and tooltip) and kept for the panel, which shows it in the user's language.
 */
export function createCaptureErrorReport(browser: WxtBrowser) {
  const i18n = browser.i18n as unknown as { getMessage(key: string, substitutions?: string[]): string };
  return {
    report: async (error: unknown): Promise<void> => {
      const code: ErrorCode = error instanceof ProtocolFailure ? error.code : 'unknown';
      const detail = error instanceof ProtocolFailure ? (error.detail ?? code) : String(error);
      const record: CaptureErrorRecord = { code, detail, at: Date.now() };
      await captureErrorItem.setValue(record);
      const message = i18n.getMessage(errorMessageKeys[code], [detail]);
      await browser.action.setBadgeBackgroundColor({ color: '#b00020' });
      await browser.action.setBadgeText({ text: '!' });
      await browser.action.setTitle({ title: `${i18n.getMessage('extName')}：${message}` });
    },
    clear: async (): Promise<void> => {
      await captureErrorItem.removeValue();
      await browser.action.setBadgeText({ text: '' });
      await browser.action.setTitle({ title: i18n.getMessage('extName') });
    },
  };
}
