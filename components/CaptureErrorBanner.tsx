import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { captureErrorKey, createCaptureErrorReport, type CaptureErrorRecord } from '../editing/capture-error-report';
import { useTranslation } from '../i18n/use-translation';
import { errorMessageKeys } from '../messaging/error-message-key';

/** Says in the panel why the last context-menu or shortcut action failed (the badge only hints at it). */
export function CaptureErrorBanner() {
  const { t } = useTranslation();
  const [record, setRecord] = useState<CaptureErrorRecord | null>(null);
  useEffect(() => {
    const read = async () => {
      const stored = await browser.storage.session.get(captureErrorKey);
      setRecord((stored[captureErrorKey] as CaptureErrorRecord | undefined) ?? null);
    };
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'session' && captureErrorKey in changes) void read();
    };
    void read();
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, []);
  if (!record) return null;
  return (
    <div role="alert" className="conflict">
      <p>{t('captureFailed', t(errorMessageKeys[record.code], record.detail))}</p>
      <button type="button" onClick={() => void createCaptureErrorReport(browser).clear()}>
        {t('dismiss')}
      </button>
    </div>
  );
}
