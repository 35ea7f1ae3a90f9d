import { useState } from 'react';
import { useTranslation } from '../i18n/use-translation';
import { callBackground } from '../messaging/protocol-client';
import { errorMessageOf } from './error-message';

interface Props {
  text: string;
  html: string;
  disabled?: boolean;
}

/** Sends the text to the field the user last clicked on the page and reports the outcome aloud. */
export function InsertButton({ text, html, disabled }: Props) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<{ ok: boolean; message: string } | null>(null);

  const insert = async () => {
    setStatus(null);
    try {
      await callBackground({ kind: 'insertIntoPage', text, html, mode: 'replaceSelection' });
      setStatus({ ok: true, message: t('inserted') });
    } catch (error) {
      const { key, detail } = errorMessageOf(error);
      setStatus({ ok: false, message: t(key, detail) });
    }
  };

  return (
    <div className="insert">
      <button type="button" className="primary" onClick={insert} disabled={disabled || text.length === 0}>
        {t('insertIntoPage')}
      </button>
      <p role={status?.ok === false ? 'alert' : 'status'} className={status?.ok === false ? 'error' : 'note'}>
        {status?.message}
      </p>
    </div>
  );
}
