import { browser } from 'wxt/browser';
import { captureErrorItem, createCaptureErrorReport } from '../editing/capture-error-report';
import { useTranslation } from '../i18n/use-translation';
import { errorMessageKeys } from '../messaging/error-message-key';
import { useStoredValue } from '../storage/use-stored-value';

/** Says in the panel why the last context-menu or shortcut action failed (the badge only hints at it). */
export function CaptureErrorBanner() {
  const { t } = useTranslation();
  const record = useStoredValue(captureErrorItem);
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
