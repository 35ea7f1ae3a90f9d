import { useId, useState } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { database } from '../../storage/default-database';
import { applyTemplatePack, buildTemplatePack, parseTemplatePack, templatePackFileName } from '../../templates/packs';
import { downloadText } from '../download-text';
import { packErrorMessage } from './pack-error-message';
import type { TemplateEntry } from './template-entry';

interface Props {
  user: TemplateEntry[];
  onImported: (firstId: string) => void;
}

/**
 * 导出模板包 / 导入模板包. An import is checked whole before anything is stored, then stored in one
 * transaction; templates whose names are taken are kept beside the old ones with a suffix.
 */
export function TemplatePackControls({ user, onImported }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [status, setStatus] = useState<{ ok: boolean; message: string } | null>(null);

  const exportPack = () => {
    const pack = buildTemplatePack(user.filter((entry) => entry.user).map((entry) => entry.user!));
    downloadText(JSON.stringify(pack, null, 2), templatePackFileName(new Date()));
    setStatus({ ok: true, message: t('packExported', pack.templates.length) });
  };

  const importPack = async (file: File | undefined) => {
    if (!file) return;
    setStatus(null);
    try {
      const parsed = parseTemplatePack(await file.text());
      if (!parsed.ok) return setStatus({ ok: false, message: packErrorMessage(t, parsed.errors) });
      const added = await applyTemplatePack(database, parsed.pack);
      setStatus({ ok: true, message: t('packImported', added.length, added.map((tpl) => tpl.name).join('、')) });
      onImported(added[0].id);
    } catch (error) {
      setStatus({ ok: false, message: t('packErrRead', error instanceof Error ? error.message : String(error)) });
    }
  };

  return (
    <div className="pack-controls">
      <button type="button" onClick={exportPack} disabled={user.length === 0}>
        {t('exportTemplates')}
      </button>
      <label htmlFor={`${id}-import`} className="file-button">
        {t('importTemplates')}
      </label>
      <input
        id={`${id}-import`}
        type="file"
        accept=".json,application/json"
        onChange={(event) => {
          void importPack(event.target.files?.[0]);
          event.target.value = '';
        }}
      />
      <p role={status?.ok === false ? 'alert' : 'status'} className={status?.ok === false ? 'error' : 'note'}>
        {status?.message}
      </p>
    </div>
  );
}
