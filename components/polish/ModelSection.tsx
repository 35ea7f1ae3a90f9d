import { useId } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { assessModel } from '../../polish/assess-model';
import { modelCatalogue } from '../../polish/model-catalogue';
import { normalizeError } from '../../polish/normalize-error';
import { recommendModel } from '../../polish/recommend-model';
import { CachedModels } from './CachedModels';
import { CapabilityNotes } from './CapabilityNotes';
import { FolderImport } from './FolderImport';
import { ModelDownload } from './ModelDownload';
import { SourceSettings } from './SourceSettings';
import type { useModelManager } from './use-model-manager';

const gb = (mb: number) => (mb / 1024).toFixed(1);
const nameOf = (modelId: string) =>
  modelCatalogue.find((model) => Object.values(model.builds).some((build) => build.modelId === modelId))?.name ??
  modelId;

/** 模型: which model, whether this machine can run it, its download, the cache and the source. */
interface Props {
  manager: ReturnType<typeof useModelManager>;
  /** The same failure is already shown by the polishing run that caused the load. */
  hideError?: boolean;
  /** False when this machine cannot run the GPU engine: then nothing is marked 推荐. */
  recommend?: boolean;
}

export function ModelSection({ manager, hideError = false, recommend = true }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const { report, settings, model, build, cached, phase } = manager;
  if (!report) return <p className="note">{t('checkingMachine')}</p>;
  const recommended = recommendModel(report);
  const isCached = build.modelId in cached;
  const problems = assessModel(report, build, isCached);
  const blocked = problems.some((problem) => problem.blocking);

  return (
    <section className="models" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('models')}</h2>
      <label htmlFor={`${id}-model`}>{t('modelChoice')}</label>
      <select
        id={`${id}-model`}
        value={model.key}
        disabled={phase === 'downloading'}
        onChange={(event) => void manager.saveSettings({ ...settings, modelKey: event.target.value })}
      >
        {modelCatalogue.map((entry) => {
          const entryBuild = entry.builds[build.modelId.includes('q4f16') ? 'q4f16_1' : 'q4f32_1'];
          const mark = recommend && entry.key === recommended.key ? ` · ${t('recommended')}` : '';
          return (
            <option key={entry.key} value={entry.key}>
              {t('modelOption', entry.name, gb(entryBuild.downloadMB), gb(entryBuild.vramMB))}
              {mark}
            </option>
          );
        })}
      </select>
      <small>{t(model.note)}</small>
      <CapabilityNotes problems={problems} />
      <ModelDownload
        phase={phase}
        isCached={isCached}
        missing={t('modelNotCached')}
        stats={manager.stats}
        error={hideError ? null : manager.error}
        downloadLabel={t('downloadModel')}
        downloadDisabled={blocked}
        onDownload={() => void manager.ensureReady().catch(() => undefined)}
        onCancel={manager.cancel}
      />
      <details>
        <summary>{t('manageModels')}</summary>
        <CachedModels
          models={manager.builds.map(({ modelId }) => ({ modelId, name: nameOf(modelId) }))}
          cached={cached}
          onDelete={(modelId) =>
            void manager.remove(modelId).catch((failure: unknown) => manager.setError(normalizeError(failure)))
          }
        />
        <FolderImport source={settings.source} fallback={build} onImported={() => void manager.refreshCache()} />
        <SourceSettings source={settings.source} onSave={(source) => manager.saveSettings({ ...settings, source })} />
      </details>
    </section>
  );
}
