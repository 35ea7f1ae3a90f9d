import { useId, useState } from 'react';
import { applyBackup } from '../../backup/apply-backup';
import { backupLimits } from '../../backup/backup-format';
import { parseBackup } from '../../backup/parse-backup';
import { useTranslation } from '../../i18n/use-translation';
import { database } from '../../storage/default-database';
import { backupErrorMessage, droppedFieldsMessage } from './backup-error-message';
import { exportBackupFile } from './export-backup-file';

/** Everything out to one JSON file; in again only after the whole file checked out, in one transaction. */
export function BackupSection() {
  const { t } = useTranslation();
  const id = useId();
  const [onExisting, setOnExisting] = useState<'keepBoth' | 'skip'>('keepBoth');
  const [result, setResult] = useState<{ ok: boolean; message: string } | null>(null);

  const exportAll = async () => {
    const { fileName, drafts } = await exportBackupFile();
    setResult({ ok: true, message: t('exportDone', drafts, fileName) });
  };

  const importFile = async (file: File) => {
    setResult(null);
    const fail = (reason: string) => setResult({ ok: false, message: t('importFailed', reason) });
    if (file.size > backupLimits.maxFileBytes) return fail(t('backupErrTooLarge'));
    const parsed = parseBackup(await file.text());
    if (!parsed.ok) {
      return fail(
        parsed.errors
          .slice(0, 3)
          .map((error) => backupErrorMessage(t, error))
          .join(' '),
      );
    }
    try {
      const report = await applyBackup(database, parsed.backup, { onExisting });
      const { imported, copied, skipped, unchanged } = report.drafts;
      const parts = [t('importDone', imported, copied)];
      // Identical drafts were not skipped for a reason to worry about: they are already here.
      if (unchanged > 0) parts.push(t('importUnchanged', unchanged));
      if (skipped > 0) parts.push(t('importSkipped', skipped));
      // A newer version's fields cannot be stored here; the user hears which, rather than losing them silently.
      if (parsed.warnings.length > 0) parts.push(droppedFieldsMessage(t, parsed.warnings));
      setResult({ ok: true, message: parts.join(' ') });
    } catch (error) {
      fail(error instanceof Error ? error.message : String(error));
    }
  };

  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('backupSection')}</h2>
      <button type="button" onClick={exportAll}>
        {t('exportBackup')}
      </button>
      <fieldset>
        <legend>{t('importExisting')}</legend>
        <label className="checkbox">
          <input
            type="radio"
            name={`${id}-existing`}
            checked={onExisting === 'keepBoth'}
            onChange={() => setOnExisting('keepBoth')}
          />
          {t('importKeepBoth')}
        </label>
        <label className="checkbox">
          <input
            type="radio"
            name={`${id}-existing`}
            checked={onExisting === 'skip'}
            onChange={() => setOnExisting('skip')}
          />
          {t('importSkip')}
        </label>
      </fieldset>
      <label htmlFor={`${id}-file`}>{t('importBackup')}</label>
      <input
        id={`${id}-file`}
        type="file"
        accept="application/json,.json"
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) void importFile(file);
        }}
      />
      <p role={result?.ok === false ? 'alert' : 'status'} className={result?.ok === false ? 'error' : 'note'}>
        {result?.message}
      </p>
    </section>
  );
}
