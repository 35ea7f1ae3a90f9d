import { useId, useState } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { importModelFolder } from '../../polish/import-model-folder';
import { allBuilds, type ModelBuild } from '../../polish/model-catalogue';
import { recordFor, type ModelSource } from '../../polish/model-source';
import { relativePath } from '../../polish/plan-folder-import';
import { formatMB } from '../../polish/download-progress';

/** The model a folder holds: its name (as on Hugging Face), else the model chosen above. */
function buildForFolder(files: File[], fallback: ModelBuild): ModelBuild {
  const folder = files[0]?.webkitRelativePath.split('/')[0] ?? '';
  return allBuilds().find((build) => folder.startsWith(build.modelId)) ?? fallback;
}

/** 从文件夹导入模型: files brought by USB go into the cache, so a closed intranet works offline. */
export function FolderImport({
  source,
  fallback,
  onImported,
}: {
  source: ModelSource;
  fallback: ModelBuild;
  onImported: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [detail, setDetail] = useState('');

  const onFiles = async (list: FileList | null) => {
    const files = [...(list ?? [])];
    if (!files.length) return;
    const build = buildForFolder(files, fallback);
    setBusy(true);
    setDetail('');
    setNote(t('importingModel', build.modelId));
    try {
      const folder = files.map((file) => ({ path: relativePath(file.webkitRelativePath || file.name), file }));
      const result = await importModelFolder(folder, recordFor(build, source), caches, (done, total) =>
        setNote(t('importingModelProgress', done, total)),
      );
      setNote(
        result.ok
          ? t('importedModel', build.modelId, formatMB(result.bytes))
          : result.invalid
            ? t('importInvalidPath', result.invalid.slice(0, 3).join('、'))
            : result.mismatched
              ? t('importMismatch', result.mismatched.slice(0, 5).join('、'))
              : t('importMissing', result.missing.slice(0, 5).join('、')),
      );
      if (result.ok) onImported();
    } catch (error) {
      // The browser's own words (often English) stay behind 详情.
      setNote(t('folderImportFailed'));
      setDetail(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="folder-import">
      <label htmlFor={`${id}-folder`}>{t('importModelFolder')}</label>
      <input
        id={`${id}-folder`}
        type="file"
        disabled={busy}
        // Non-standard but supported by Chromium: pick a whole folder.
        {...{ webkitdirectory: '', directory: '' }}
        multiple
        onChange={(event) => void onFiles(event.target.files)}
      />
      <small>{t('importModelHelp')}</small>
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
