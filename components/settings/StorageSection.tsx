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
    void checkStorageHealth().then(setHealth);
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
