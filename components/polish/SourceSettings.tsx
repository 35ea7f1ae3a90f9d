import { useId, useState } from 'react';
import { browser } from 'wxt/browser';
import type { MessageKey } from '../../i18n/messages';
import { useTranslation } from '../../i18n/use-translation';
import { normalizeBaseUrl, originPattern, type ModelSource } from '../../polish/model-source';

/**
 * 模型来源: the default hosts or one mirror / intranet base URL. The mirror's host is asked for at
 * run time (optional_host_permissions), for that host only, while the user's click still counts.
 */
export function SourceSettings({
  source,
  onSave,
  help = 'sourceMirrorHelp',
}: {
  source: ModelSource;
  onSave: (source: ModelSource) => Promise<void>;
  /** What the mirror must hold: WebLLM folders and libraries, or GGUF files. */
  help?: MessageKey;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [url, setUrl] = useState(source.kind === 'mirror' ? source.baseUrl : '');
  const [note, setNote] = useState('');

  const saveMirror = async () => {
    let baseUrl: string;
    try {
      baseUrl = normalizeBaseUrl(url);
    } catch {
      return setNote(t('sourceInvalid'));
    }
    const granted = await browser.permissions.request({ origins: [originPattern(baseUrl)] }).catch(() => false);
    if (!granted) return setNote(t('sourcePermissionDenied'));
    await onSave({ kind: 'mirror', baseUrl });
    setNote(t('sourceSaved'));
  };

  return (
    <fieldset className="source">
      <legend>{t('modelSource')}</legend>
      <p className="note">{source.kind === 'mirror' ? t('sourceMirrorNow', source.baseUrl) : t('sourceDefaultNow')}</p>
      <label htmlFor={`${id}-url`}>{t('sourceMirrorUrl')}</label>
      <input
        id={`${id}-url`}
        type="url"
        value={url}
        placeholder="http://192.168.1.10/models"
        onChange={(event) => setUrl(event.target.value)}
      />
      <small>{t(help)}</small>
      <div className="actions">
        <button type="button" onClick={saveMirror}>
          {t('sourceUseMirror')}
        </button>
        {source.kind === 'mirror' && (
          <button type="button" onClick={() => onSave({ kind: 'default' }).then(() => setNote(t('sourceSaved')))}>
            {t('sourceUseDefault')}
          </button>
        )}
      </div>
      <p role="status" className="note">
        {note}
      </p>
    </fieldset>
  );
}
