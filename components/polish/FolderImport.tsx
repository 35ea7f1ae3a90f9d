import { useTranslation } from '../../i18n/use-translation';
import { formatMB } from '../../polish/download-progress';
import { importModelFolder } from '../../polish/import-model-folder';
import { allBuilds, type ModelBuild } from '../../polish/model-catalogue';
import { recordFor, type ModelSource } from '../../polish/model-source';
import { relativePath } from '../../polish/plan-folder-import';
import { ImportPicker, type SayImport } from './ImportPicker';

/** The model a folder holds: its name (as on Hugging Face), else the model chosen above. */
function buildForFolder(files: File[], fallback: ModelBuild): ModelBuild {
  const folder = files[0]?.webkitRelativePath.split('/')[0] ?? '';
  return allBuilds().find((build) => folder.startsWith(build.modelId)) ?? fallback;
}

// Non-standard but supported by Chromium: pick a whole folder.
const folderPicker = { webkitdirectory: '', directory: '', multiple: true };

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

  const onFiles = async (files: File[], say: SayImport) => {
    if (!files.length) return;
    const build = buildForFolder(files, fallback);
    say(t('importingModel', build.modelId));
    try {
      const folder = files.map((file) => ({ path: relativePath(file.webkitRelativePath || file.name), file }));
      const result = await importModelFolder(folder, recordFor(build, source), caches, (done, total) =>
        say(t('importingModelProgress', done, total)),
      );
      say(
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
      say(t('folderImportFailed'), error instanceof Error ? error.message : String(error));
    }
  };

  return <ImportPicker label="importModelFolder" help="importModelHelp" picker={folderPicker} onFiles={onFiles} />;
}
