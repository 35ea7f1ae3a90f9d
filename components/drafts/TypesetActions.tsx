import { useState } from 'react';
import { browser } from 'wxt/browser';
import { useTranslation } from '../../i18n/use-translation';
import type { Draft } from '../../storage/draft';
import { copyRichText } from '../copy-rich-text';
import { downloadFile } from '../download-file';
import { errorMessageOf } from '../error-message';
import { lookupTemplate } from './lookup-template';

interface Props {
  draft: Draft;
  /** The title and body as shown (maybe not saved yet). */
  values: Pick<Draft, 'title' | 'body'>;
  /** Saves what is shown; false when saving failed (the editor says why). */
  flush: () => Promise<boolean>;
}

/**
 * 一键成文: a GB/T 9704 .docx, the print view (PDF through the print dialog), and the typeset text on the
 * clipboard. The typesetting code, `docx` and the zip library are loaded on the first click only.
 */
export function TypesetActions({ draft, values, flush }: Props) {
  const { t } = useTranslation();
  const [notice, setNotice] = useState('');
  const current = { ...draft, ...values };
  const run = (action: () => Promise<string>) => async () => {
    try {
      setNotice(await action());
    } catch (error) {
      const { key, detail } = errorMessageOf(error);
      setNotice(t(key, detail));
    }
  };

  const exportDocx = run(async () => {
    const { exportDocx } = await import('../../typeset/export-docx');
    const file = await exportDocx(current, lookupTemplate, t('untitled'));
    downloadFile(file.bytes as Uint8Array<ArrayBuffer>, file.type, file.fileName);
    return t('docxExported', file.fileName);
  });
  const openPrintView = run(async () => {
    if (!(await flush())) return '';
    await browser.tabs.create({ url: browser.runtime.getURL(`/print.html?draft=${encodeURIComponent(draft.id)}`) });
    return '';
  });
  const copyFormatted = run(async () => {
    const [{ draftParagraphs }, { formattedText }] = await Promise.all([
      import('../../typeset/draft-paragraphs'),
      import('../../typeset/formatted-text'),
    ]);
    const { html, text } = formattedText(await draftParagraphs(current, lookupTemplate));
    await copyRichText(text, html);
    return t('formattedCopied');
  });

  return (
    <>
      <div className="actions" role="group" aria-label={t('typesetActions')}>
        <button type="button" onClick={exportDocx}>
          {t('exportDocx')}
        </button>
        <button type="button" onClick={openPrintView}>
          {t('openPrintView')}
        </button>
        <button type="button" onClick={copyFormatted}>
          {t('copyFormatted')}
        </button>
      </div>
      <p role="status" className="note">
        {notice}
      </p>
    </>
  );
}
