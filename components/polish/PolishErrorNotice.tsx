import { useTranslation } from '../../i18n/use-translation';
import type { PolishError } from '../../polish/normalize-error';
import { polishErrorKeys } from './polish-error-message';

/**
 * A failure in plain words with a way out. The engine's own words (often English) stay behind 详情, for
 * whoever supports the office; the visible text is always in the UI language.
 */
export function PolishErrorNotice({ error }: { error: PolishError | null }) {
  const { t } = useTranslation();
  if (!error || error.code === 'cancelled') return null;
  const [message, suggestion] = polishErrorKeys[error.code];
  return (
    <div role="alert" className="error">
      <strong>{t(message, error.file ?? '')}</strong> {t(suggestion)}
      {error.detail && (
        <details>
          <summary>{t('errorDetails')}</summary>
          <small>{error.detail}</small>
        </details>
      )}
    </div>
  );
}
