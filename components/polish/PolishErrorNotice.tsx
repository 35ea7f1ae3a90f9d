import { useTranslation } from '../../i18n/use-translation';
import type { PolishError } from '../../polish/normalize-error';
import { polishErrorKeys } from './polish-error-message';

/** A failure in plain words with a way out; the engine's own words stay small underneath. */
export function PolishErrorNotice({ error }: { error: PolishError | null }) {
  const { t } = useTranslation();
  if (!error || error.code === 'cancelled') return null;
  const [message, suggestion] = polishErrorKeys[error.code];
  return (
    <div role="alert" className="error">
      <strong>{t(message)}</strong> {t(suggestion)}
      <small>{error.detail}</small>
    </div>
  );
}
