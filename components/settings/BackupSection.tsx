import { useId, useState } from 'react';
import { applyBackup } from '../../backup/apply-backup';
import { backupLimits } from '../../backup/backup-format';
import { exportBackup, serializeBackup } from '../../backup/export-backup';
import { parseBackup } from '../../backup/parse-backup';
import { useTranslation } from '../../i18n/use-translation';
import { database } from '../../storage/default-database';
import { backupErrorKeys } from './backup-error-message';
import { downloadText } from '../download-text';

/** Everything out to one JSON file; in again only after the whole file checked out, in one transaction. */
export function BackupSection() {
  const { t } = useTranslation();
  const id = useId();
  const [onExisting, setOnExisting] = useState<'keepBoth' | 'skip'>('keepBoth');
  const [result, setResult] = useState<{ ok: boolean; message: string } | null>(null);

  const exportAll = async () => {
    const backup = await exportBackup(database);
    const date = new Date(backup.exportedAt).toISOString().slice(0, 10);
    downloadText(serializeBackup(backup), `wenshu-backup-${date}.json`);
    setResult({ ok: true, message: t('exportDone', backup.drafts.length) });
  };

  const importFile = async (file: File) => {
    setResult(null);
    const fail = (reason: string) => setResult({ ok: false, message: t('importFailed', reason) });
    if (file.size > backupLimits.maxFileBytes) return fail(t('backupErrTooLarge'));
    const parsed = parseBackup(await file.text());
    if (!parsed.ok) {
      const reasons = parsed.errors.slice(0, 3).map((error) => `${t(backupErrorKeys[error.code])}（${error.path}）`);
      return fail(reasons.join('；'));
    }
    try {
      const report = await applyBackup(database, parsed.backup, { onExisting });
      const { imported, copied, skipped, unchanged } = report.drafts;
      setResult({ ok: true, message: t('importDone', imported, copied, skipped + unchanged) });
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
