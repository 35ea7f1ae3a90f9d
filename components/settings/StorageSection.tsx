import { useEffect, useId, useState } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { checkStorageHealth, type StorageHealth } from '../../storage/storage-health';
import { formatBytes } from './format-bytes';

/** Asks the browser to keep our data and shows how much room is used. */
export function StorageSection() {
  const { t } = useTranslation();
  const id = useId();
  const [health, setHealth] = useState<StorageHealth | null>(null);
  useEffect(() => {
    let live = true; // a check settling after the view closed must not reach React
    void checkStorageHealth().then(
      (checked) => live && setHealth(checked),
      () => undefined, // nothing to show: the section stays hidden, as before the answer
    );
    return () => {
      live = false;
    };
  }, []);
  if (!health) return null;
  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('storageSection')}</h2>
      <p>
        {health.usage !== null && health.quota !== null
          ? t('storageUsage', formatBytes(health.usage), formatBytes(health.quota))
          : t('storageUnknown')}
      </p>
      <p className={health.persisted ? 'note' : 'warning'}>
        {health.persisted ? t('storagePersisted') : t('storageNotPersisted')}
      </p>
    </section>
  );
}
