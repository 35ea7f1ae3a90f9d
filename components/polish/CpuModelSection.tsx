import { useId } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import type { MachineReport } from '../../polish/check-machine';
import { formatMB } from '../../polish/download-progress';
import { estimateTokensPerSecond } from '../../polish/estimate-speed';
import type { ModelSource } from '../../polish/model-source';
import { normalizeError } from '../../polish/normalize-error';
import { CachedModels } from './CachedModels';
import { GgufImport } from './GgufImport';
import { ModelDownload } from './ModelDownload';
import { SourceSettings } from './SourceSettings';
import { cpuModelId, type CpuModel, type useCpuModels } from './use-cpu-models';

interface Props {
  cpu: ReturnType<typeof useCpuModels>;
  report: MachineReport;
  source: ModelSource;
  onSource: (source: ModelSource) => Promise<void>;
  hideError?: boolean;
}

const gb = (mb: number) => (mb / 1024).toFixed(1);

/** 模型 for the CPU engine: GGUF models, speed to expect, download or import, the cache and the source. */
export function CpuModelSection({ cpu, report, source, onSource, hideError = false }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const { model, phase, cached, threads } = cpu;
  const modelId = cpuModelId(model);
  const isCached = modelId in cached;
  const keptBytes = cpu.kept[modelId] ?? 0;
  const cancelled = cpu.error?.code === 'cancelled';
  const nameOf = (entry: CpuModel) => ('repo' in entry ? entry.name : t('ownModel', entry.modelId));
  const measured = cpu.speeds[modelId];
  const lowStorage =
    'downloadMB' in model &&
    !isCached &&
    report.freeStorageBytes !== null &&
    report.freeStorageBytes < model.downloadMB * 1024 * 1024 * 1.1;

  return (
    <section className="models" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('models')}</h2>
      <label htmlFor={`${id}-model`}>{t('modelChoice')}</label>
      <select
        id={`${id}-model`}
        value={modelId}
        disabled={phase === 'downloading'}
        onChange={(event) => void cpu.choose(event.target.value)}
      >
        {cpu.models.map((entry, index) => (
          <option key={cpuModelId(entry)} value={cpuModelId(entry)}>
            {'repo' in entry ? t('cpuModelOption', entry.name, gb(entry.downloadMB)) : nameOf(entry)}
            {index === 0 ? ` · ${t('recommended')}` : ''}
          </option>
        ))}
      </select>
      {'note' in model && <small>{t(model.note)}</small>}
      <p className="note">
        {threads > 1 ? t('cpuThreadsMany', threads) : t(cpu.isolated ? 'cpuThreadsFewCores' : 'cpuThreadsOne')}{' '}
        {cpu.build === 'compat' && `${t('cpuCompatBuild')} `}
        {measured
          ? t('cpuSpeedMeasured', measured)
          : 'billions' in model
            ? t('cpuSpeedEstimate', estimateTokensPerSecond(model.billions, threads))
            : t('cpuSpeedUnknown')}
      </p>
      {lowStorage && (
        <p role="alert" className="error">
          <strong>{t('cap_lowStorage')}</strong> {t('cap_lowStorageFix')}
        </p>
      )}
      <ModelDownload
        phase={phase}
        isCached={isCached}
        missing={
          phase === 'downloading'
            ? t('cpuModelNotCached')
            : keptBytes
              ? t(cancelled ? 'cpuDownloadCancelled' : 'cpuDownloadKept', formatMB(keptBytes))
              : // Cancelled before the first byte: say so, or the click looks ignored.
                t(cancelled ? 'cpuDownloadCancelledEmpty' : 'cpuModelNotCached')
        }
        stats={cpu.stats}
        error={hideError ? null : cpu.error}
        // An imported model has nothing to download.
        downloadLabel={'repo' in model ? t(keptBytes ? 'continueDownload' : 'downloadModel') : null}
        downloadDisabled={lowStorage}
        onDownload={() => void cpu.ensureReady().catch(() => undefined)}
        onCancel={() => void cpu.cancel()}
      >
        {phase === 'ready' && (
          <button type="button" onClick={cpu.unload}>
            {t('unloadModel')}
          </button>
        )}
      </ModelDownload>
      {cpu.restarted && <p className="note">{t('cpuDownloadRestarted')}</p>}
      <details>
        <summary>{t('manageModels')}</summary>
        <CachedModels
          models={cpu.models.map((entry) => ({ modelId: cpuModelId(entry), name: nameOf(entry) }))}
          cached={cached}
          onDelete={(modelId) =>
            void cpu.remove(modelId).catch((failure: unknown) => cpu.setError(normalizeError(failure)))
          }
        />
        <GgufImport onImported={(imported) => void cpu.refreshCache().then(() => cpu.choose(imported))} />
        <SourceSettings source={source} onSave={onSource} help="sourceMirrorHelpGguf" />
      </details>
    </section>
  );
}
