import { useState } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { draftsRepository } from '../../storage/default-database';
import type { Draft } from '../../storage/draft';
import { downloadFile } from '../download-file';
import { errorMessageOf } from '../error-message';
import { lookupTemplate } from './lookup-template';

/** 导出所选: the drafts ticked in the list as one .zip of GB/T 9704 .docx files. */
export function BatchExport({ ids, now = () => new Date() }: { ids: string[]; now?: () => Date }) {
  const { t } = useTranslation();
  const [notice, setNotice] = useState('');
  const exportSelected = async () => {
    try {
      const drafts = (await Promise.all(ids.map((id) => draftsRepository.get(id)))).filter(
        (draft): draft is Draft => draft !== undefined,
      );
      const { exportDocxZip } = await import('../../typeset/export-docx');
      const date = now();
      const day = `${date.getFullYear()}${String(date.getMonth() + 1).padStart(2, '0')}${String(date.getDate()).padStart(2, '0')}`;
      const file = await exportDocxZip(drafts, lookupTemplate, t('untitled'), `${t('zipName')}-${day}`);
      downloadFile(file.bytes as Uint8Array<ArrayBuffer>, file.type, file.fileName);
      setNotice(t('docxExported', file.fileName));
    } catch (error) {
      const { key, detail } = errorMessageOf(error);
      setNotice(t(key, detail));
    }
  };
  return (
    <>
      <button type="button" disabled={ids.length === 0} onClick={exportSelected}>
        {t('exportSelected', ids.length)}
      </button>
      <span role="status" className="note">
        {notice}
      </span>
    </>
  );
}
