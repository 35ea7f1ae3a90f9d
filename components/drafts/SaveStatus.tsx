import { useTranslation } from '../../i18n/use-translation';
import type { SaveState } from '../../storage/use-autosave';

/** Says whether the text is safe; a failure is announced as an alert, with what happens next. */
export function SaveStatus({ saveState }: { saveState: SaveState }) {
  const { t } = useTranslation();
  if (saveState.state === 'failed') {
    const message =
      saveState.code === 'quota'
        ? t('saveFailedQuota')
        : saveState.code === 'closed'
          ? t('saveFailedClosed')
          : t('saveFailed', saveState.reason);
    return (
      <span role="alert" className="error">
        {message}
      </span>
    );
  }
  return (
    <span role="status">
      {saveState.state === 'saved' && t('saved')}
      {saveState.state === 'pending' && t('saving')}
    </span>
  );
}
