import { useTranslation } from '../../i18n/use-translation';
import { formatMB } from '../../polish/download-progress';
import { catalogueModelForFile } from '../../polish/gguf-catalogue';
import { importGgufFiles, selectGgufFiles } from '../../polish/import-gguf';
import { normalizeError } from '../../polish/normalize-error';
import { ImportPicker, type SayImport } from './ImportPicker';

/**
 * 导入模型文件: a `.gguf` brought by USB (or every part of a split one) goes into the model cache, so the
 * CPU engine works on a closed intranet. A catalogue file keeps its catalogue name; any other GGUF becomes
 * the user's own model, named after the file.
 */
export function GgufImport({ onImported }: { onImported: (modelId: string) => void }) {
  const { t } = useTranslation();

  const onFiles = async (files: File[], say: SayImport) => {
    const selection = selectGgufFiles(files);
    if (!selection.ok) {
      if (selection.reason === 'splitIncomplete') return say(t('ggufSplitMissing', selection.missing!.join('、')));
      return say(t(selection.reason === 'notGguf' ? 'ggufNotGguf' : 'ggufSeveral'));
    }
    const catalogued = catalogueModelForFile(selection.files[0].name);
    const modelId = catalogued?.key ?? selection.stem;
    say(t('importingModel', selection.stem));
    try {
      const bytes = await importGgufFiles(
        caches,
        modelId,
        selection.files,
        (done, total) => say(t('importingGgufProgress', Math.round((done / total) * 100))),
        catalogued?.sha256,
      );
      say(t('importedModel', selection.stem, formatMB(bytes)));
      onImported(modelId);
    } catch (error) {
      const normalized = normalizeError(error);
      say(
        normalized.code === 'mismatch'
          ? t('polishErrMismatch', normalized.file ?? '')
          : t(normalized.code === 'broken' ? 'ggufNotGguf' : 'ggufImportFailed'),
        normalized.detail,
      );
    }
  };

  return (
    <ImportPicker
      label="importModelFile"
      help="importModelFileHelp"
      picker={{ accept: '.gguf', multiple: true }}
      onFiles={onFiles}
    />
  );
}
