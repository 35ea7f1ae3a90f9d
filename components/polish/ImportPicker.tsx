import { useId, useState, type InputHTMLAttributes } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import type { MessageKey } from '../../i18n/messages';

/** What an import says while it runs and at the end; `detail` (often the browser's English) goes behind 详情. */
export type SayImport = (note: string, detail?: string) => void;

interface Props {
  label: MessageKey;
  help: MessageKey;
  /** The input's own attributes: which files, or a whole folder. */
  picker: InputHTMLAttributes<HTMLInputElement>;
  onFiles: (files: File[], say: SayImport) => Promise<void>;
}

/**
 * A file picker that imports model files brought by USB, with one status line for its progress and result.
 * The picker is disabled while an import runs.
 */
export function ImportPicker({ label, help, picker, onFiles }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [note, setNote] = useState('');
  const [detail, setDetail] = useState('');
  const [busy, setBusy] = useState(false);

  const pick = async (list: FileList | null) => {
    const files = [...(list ?? [])];
    setDetail('');
    setBusy(true);
    try {
      await onFiles(files, (text, why = '') => {
        setNote(text);
        setDetail(why);
      });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="folder-import">
      <label htmlFor={id}>{t(label)}</label>
      <input id={id} type="file" {...picker} disabled={busy} onChange={(event) => void pick(event.target.files)} />
      <small>{t(help)}</small>
      <p role="status" className="note">
        {note}
      </p>
      {detail && (
        <details>
          <summary>{t('errorDetails')}</summary>
          <small>{detail}</small>
        </details>
      )}
    </div>
  );
}
