import { useId, useState } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { formatMB } from '../../polish/download-progress';
import { catalogueModelForFile } from '../../polish/gguf-catalogue';
import { importGgufFiles, selectGgufFiles } from '../../polish/import-gguf';
import { normalizeError } from '../../polish/normalize-error';

/**
 * 导入模型文件: a `.gguf` brought by USB (or every part of a split one) goes into the model cache, so the
 * CPU engine works on a closed intranet. A catalogue file keeps its catalogue name; any other GGUF becomes
 * the user's own model, named after the file.
 */
export function GgufImport({ onImported }: { onImported: (modelId: string) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [note, setNote] = useState('');
  const [detail, setDetail] = useState('');
  const [busy, setBusy] = useState(false);

  const onFiles = async (list: FileList | null) => {
    const selection = selectGgufFiles([...(list ?? [])]);
    setDetail('');
    if (!selection.ok) {
      if (selection.reason === 'splitIncomplete') return setNote(t('ggufSplitMissing', selection.missing!.join('、')));
      return setNote(t(selection.reason === 'notGguf' ? 'ggufNotGguf' : 'ggufSeveral'));
    }
    const modelId = catalogueModelForFile(selection.files[0].name)?.key ?? selection.stem;
    setBusy(true);
    setNote(t('importingModel', selection.stem));
    try {
      const bytes = await importGgufFiles(
        caches,
        modelId,
        selection.files,
        (done, total) => setNote(t('importingGgufProgress', Math.round((done / total) * 100))),
        catalogueModelForFile(selection.files[0].name)?.sha256,
      );
      setNote(t('importedModel', selection.stem, formatMB(bytes)));
      onImported(modelId);
    } catch (error) {
      const normalized = normalizeError(error);
      setNote(
        normalized.code === 'mismatch'
          ? t('polishErrMismatch', normalized.file ?? '')
          : t(normalized.code === 'broken' ? 'ggufNotGguf' : 'ggufImportFailed'),
      );
      setDetail(normalized.detail);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="folder-import">
      <label htmlFor={`${id}-file`}>{t('importModelFile')}</label>
      <input
        id={`${id}-file`}
        type="file"
        accept=".gguf"
        multiple
        disabled={busy}
        onChange={(event) => void onFiles(event.target.files)}
      />
      <small>{t('importModelFileHelp')}</small>
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
