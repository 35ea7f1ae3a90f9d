import { useState } from 'react';
import { pickPart } from '../editing/insert-part';
import { useTranslation } from '../i18n/use-translation';
import type { InsertFormat, InsertMode, InsertTarget } from '../messaging/protocol';
import { callBackground } from '../messaging/protocol-client';
import { textToHtml } from '../templates/text-to-html';
import { ConfirmDialog } from './ConfirmDialog';
import { copyRichText } from './copy-rich-text';
import { errorMessageOf } from './error-message';
import { InsertOptions, partNames } from './InsertOptions';
import { InsertTargetLine } from './InsertTargetLine';
import { ManualCopyBox } from './ManualCopyBox';
import { useInsertPart } from './use-insert-part';
import { useInsertTarget } from './use-insert-target';

interface Props {
  text: string;
  /** The rich form of `text`; derived from it at click time when not given (a draft's body). */
  html?: string;
  disabled?: boolean;
}

/**
 * Sends the part of the text that fits (标题 / 正文 / 全文) to the field the user last clicked on the page,
 * says where before and what after. A field in another site's frame is written to only after the user
 * agrees. When the page's editor takes no strategy (canvas editors), the text goes to the clipboard as
 * rich + plain text — or, if that fails too, into a box to copy by hand.
 */
export function InsertButton({ text, html, disabled }: Props) {
  const { t } = useTranslation();
  const target = useInsertTarget();
  const [part, setPart] = useInsertPart(target);
  const [mode, setMode] = useState<InsertMode>('replaceSelection');
  const [format, setFormat] = useState<InsertFormat>('auto');
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<{ ok: boolean; message: string } | null>(null);
  const [confirming, setConfirming] = useState<InsertTarget | null>(null);
  const [manualCopy, setManualCopy] = useState<string | null>(null);

  const insert = async (allowOrigin?: string) => {
    // Converted on click, not on every render: a draft's body can be 1 MB and change with each key.
    const chosen = pickPart(text, html ?? textToHtml(text), part);
    setStatus(null);
    setManualCopy(null);
    setBusy(true);
    try {
      const request = { kind: 'insertIntoPage', ...chosen, mode, format, allowOrigin } as const;
      const { inserted, maxLength } = await callBackground(request);
      if (maxLength === undefined) setStatus({ ok: true, message: t('insertedPart', t(partNames[part]), inserted) });
      else setStatus({ ok: false, message: t('insertedCut', maxLength) });
    } catch (error) {
      const { key, detail } = errorMessageOf(error);
      const copyFailed =
        key === 'errNotRegistered' &&
        !(await copyRichText(chosen.text, chosen.html).then(
          () => true,
          () => false,
        ));
      if (copyFailed) setManualCopy(chosen.text);
      setStatus({ ok: false, message: copyFailed ? t('errCopyFailed') : t(key, detail) });
    } finally {
      setBusy(false);
    }
  };
  const onInsert = () => {
    if (target?.crossOrigin) setConfirming(target);
    else void insert();
  };

  return (
    <div className="insert">
      <InsertTargetLine target={target} />
      <button type="button" className="primary" onClick={onInsert} disabled={disabled || busy || text.length === 0}>
        {t('insertIntoPage')}
      </button>
      <InsertOptions part={part} onPart={setPart} mode={mode} format={format} onMode={setMode} onFormat={setFormat} />
      <p
        role={status?.ok === false ? 'alert' : 'status'}
        aria-busy={busy}
        className={status?.ok === false ? 'error' : 'note'}
      >
        {status?.message}
      </p>
      {manualCopy !== null && <ManualCopyBox text={manualCopy} />}
      {confirming && (
        <ConfirmDialog
          message={t('confirmCrossOrigin', confirming.frameSite, confirming.site)}
          confirmLabel={t('confirmCrossOriginButton', confirming.frameSite)}
          onConfirm={() => {
            setConfirming(null);
            void insert(confirming.frameOrigin);
          }}
          onCancel={() => setConfirming(null)}
        />
      )}
    </div>
  );
}
