import { useTranslation } from '../../i18n/use-translation';

/** Shown when another panel saved this draft first: nothing is overwritten until the user chooses. */
export function ConflictNotice({ onKeepBoth }: { onKeepBoth: () => void }) {
  const { t } = useTranslation();
  return (
    <div role="alert" className="conflict">
      <strong>{t('conflictTitle')}</strong>
      <p>{t('conflictBody')}</p>
      <button type="button" className="primary" onClick={onKeepBoth}>
        {t('keepBoth')}
      </button>
    </div>
  );
}
