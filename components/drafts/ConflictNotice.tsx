import { useTranslation } from '../../i18n/use-translation';

interface Props {
  reason: 'changed' | 'missing';
  onKeepBoth: () => void;
}

/**
 * Shown when another panel saved this draft first, or deleted it for good: nothing is overwritten or
 * dropped until the user chooses; keeping both saves this panel's text as a new draft.
 */
export function ConflictNotice({ reason, onKeepBoth }: Props) {
  const { t } = useTranslation();
  const missing = reason === 'missing';
  return (
    <div role="alert" className="conflict">
      <strong>{t(missing ? 'missingTitle' : 'conflictTitle')}</strong>
      <p>{t(missing ? 'missingBody' : 'conflictBody')}</p>
      <button type="button" className="primary" onClick={onKeepBoth}>
        {t(missing ? 'saveAsNewDraft' : 'keepBoth')}
      </button>
    </div>
  );
}
