import { useTranslation } from '../i18n/use-translation';

/** Shown instead of a blank panel when IndexedDB cannot be opened; nothing is changed or deleted. */
export function StartupFailure({ detail }: { detail: string }) {
  const { t } = useTranslation();
  return (
    <div className="panel">
      <header>
        <h1>{t('extName')}</h1>
      </header>
      <div role="alert" className="conflict">
        <p>{t('startupFailed')}</p>
        <button type="button" className="primary" onClick={() => location.reload()}>
          {t('reload')}
        </button>
        <details>
          <summary>{t('errorDetails')}</summary>
          <code>{detail}</code>
        </details>
      </div>
    </div>
  );
}
