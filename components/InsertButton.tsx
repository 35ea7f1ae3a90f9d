import { useState } from 'react';
import { useTranslation } from '../i18n/use-translation';
import type { InsertFormat, InsertMode } from '../messaging/protocol';
import { callBackground } from '../messaging/protocol-client';
import { textToHtml } from '../templates/text-to-html';
import { copyRichText } from './copy-rich-text';
import { errorMessageOf } from './error-message';
import { InsertOptions } from './InsertOptions';

interface Props {
  text: string;
  /** The rich form of `text`; derived from it at click time when not given (a draft's body). */
  html?: string;
  disabled?: boolean;
}

/**
 * Sends the text to the field the user last clicked on the page and reports the outcome aloud. When the
 * page's editor takes no strategy (canvas editors), the text goes to the clipboard as rich + plain text:
 * the panel holds the user's click, which the page no longer does.
 */
export function InsertButton({ text, html, disabled }: Props) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<InsertMode>('replaceSelection');
  const [format, setFormat] = useState<InsertFormat>('auto');
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<{ ok: boolean; message: string } | null>(null);

  const insert = async () => {
    // Converted on click, not on every render: a draft's body can be 1 MB and change with each key.
    const rich = html ?? textToHtml(text);
    setStatus(null);
    setBusy(true);
    try {
      const result = await callBackground({ kind: 'insertIntoPage', text, html: rich, mode, format });
      const { maxLength } = result;
      if (maxLength === undefined) setStatus({ ok: true, message: t('inserted') });
      else setStatus({ ok: false, message: t('insertedCut', maxLength) });
    } catch (error) {
      const { key, detail } = errorMessageOf(error);
      if (key === 'errNotRegistered') await copyRichText(text, rich).catch(() => undefined);
      setStatus({ ok: false, message: t(key, detail) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="insert">
      <button type="button" className="primary" onClick={insert} disabled={disabled || busy || text.length === 0}>
        {t('insertIntoPage')}
      </button>
      <InsertOptions mode={mode} format={format} onMode={setMode} onFormat={setFormat} />
      <p
        role={status?.ok === false ? 'alert' : 'status'}
        aria-busy={busy}
        className={status?.ok === false ? 'error' : 'note'}
      >
        {status?.message}
      </p>
    </div>
  );
}
