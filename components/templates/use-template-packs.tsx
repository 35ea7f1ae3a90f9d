import { useId, useRef, useState } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { database } from '../../storage/default-database';
import { applyTemplatePack, buildTemplatePack, parseTemplatePack, templatePackFileName } from '../../templates/packs';
import { downloadText } from '../download-text';
import { packErrorMessage } from './pack-error-message';
import type { TemplateEntry } from './template-entry';

/**
 * 导出模板包 / 导入模板包 for the template menu. An import is checked whole before anything is stored,
 * then stored in one transaction; templates whose names are taken are kept beside the old ones with a
 * suffix. Returns the actions plus the (hidden) file input and the outcome line to render.
 */
export function useTemplatePacks(user: TemplateEntry[], onImported: (firstId: string) => void) {
  const { t } = useTranslation();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState<{ ok: boolean; message: string } | null>(null);

  const exportPack = () => {
    const pack = buildTemplatePack(user.filter((entry) => entry.user).map((entry) => entry.user!));
    const fileName = templatePackFileName(new Date());
    downloadText(JSON.stringify(pack, null, 2), fileName);
    setStatus({ ok: true, message: t('packExported', pack.templates.length, fileName) });
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

  const elements = (
    <>
      <input
        id={`${id}-import`}
        ref={input}
        type="file"
        hidden
        aria-label={t('importTemplates')}
        accept=".json,application/json"
        onChange={(event) => {
          void importPack(event.target.files?.[0]);
          event.target.value = '';
        }}
      />
      <p role={status?.ok === false ? 'alert' : 'status'} className={status?.ok === false ? 'error' : 'note'}>
        {status?.message}
      </p>
    </>
  );
  return { exportPack, chooseFile: () => input.current?.click(), elements };
}
