import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { cachedBytes } from '../../polish/cached-bytes';
import type { MachineReport } from '../../polish/check-machine';
import type { PolishEngine } from '../../polish/engine';
import { modelCatalogue } from '../../polish/model-catalogue';
import { appConfigFor, recordFor } from '../../polish/model-source';
import { normalizeError } from '../../polish/normalize-error';
import { defaultPolishSettings, polishSettingsItem } from '../../polish/polish-settings';
import { quantizationFor, recommendModel } from '../../polish/recommend-model';
import { useStoredState } from '../../storage/use-stored-state';
import { useEngine } from './use-engine';
import { useModelLoad } from './use-model-load';

/**
 * Machine check, chosen model, cache list, download/cancel/delete, and the loaded engine (WebLLM). While
 * `active` is false (the CPU engine is in use) it starts no worker: the WebLLM chunk is not even loaded.
 */
export function useModelManager(report: MachineReport | null, active = true, clock: () => number = Date.now) {
  const engines = useEngine();
  const [stored, storeSettings] = useStoredState(polishSettingsItem);
  const settings = stored ?? defaultPolishSettings;
  const [cached, setCached] = useState<Record<string, number>>({});
  const { phase, setPhase, stats, error, setError, run } = useModelLoad(clock);
  const loaded = useRef<string | null>(null);

  // Another source means other files, whichever panel chose it; a preset or instruction leaves the model loaded.
  const sourceKey = JSON.stringify(settings.source);
  useEffect(() => {
    loaded.current = null;
  }, [sourceKey]);

  const quantization = report ? quantizationFor(report) : 'q4f16_1';
  const model = useMemo(
    () =>
      modelCatalogue.find((entry) => entry.key === settings.modelKey) ??
      (report ? recommendModel(report) : modelCatalogue[2]),
    [settings.modelKey, report],
  );
  const build = model.builds[quantization];
  const builds = useMemo(() => modelCatalogue.map((entry) => entry.builds[quantization]), [quantization]);
  const target = useMemo(
    () => ({ modelId: build.modelId, appConfig: appConfigFor(settings.source) }),
    [build, settings.source],
  );

  const refreshCache = useCallback(async () => {
    if (!report || !active) return;
    const engine = await engines.get();
    const found: Record<string, number> = {};
    for (const entry of builds) {
      const entryTarget = { modelId: entry.modelId, appConfig: target.appConfig };
      if (await engine.hasModel(entryTarget))
        found[entry.modelId] = await cachedBytes(recordFor(entry, settings.source), caches);
    }
    setCached(found);
  }, [engines, builds, target.appConfig, settings.source, report, active]);
  useEffect(() => {
    refreshCache().catch((failure: unknown) => setError(normalizeError(failure)));
  }, [refreshCache, setError]);

  /** Downloads (or reads from the cache) and loads the chosen model; resolves with a ready engine. */
  const ensureReady = async (): Promise<PolishEngine> => {
    const engine = await engines.get();
    if (loaded.current === build.modelId) return engine;
    return run({
      source: settings.source,
      expectedBytes: build.downloadMB * 1024 * 1024,
      load: async (onReport) => {
        await engine.load(target, onReport);
        loaded.current = build.modelId;
        return engine;
      },
      // A config or shard that does not parse would fail every later load: start clean next time.
      discardBroken: () => engine.deleteModel(target),
      refresh: refreshCache,
    });
  };

  const cancel = () => {
    engines.reset();
    loaded.current = null;
  };

  const remove = async (modelId: string) => {
    const engine = await engines.get();
    if (loaded.current === modelId) {
      await engine.unload();
      loaded.current = null;
      setPhase('idle');
    }
    await engine.deleteModel({ modelId, appConfig: target.appConfig });
    await refreshCache();
  };

  return {
    report,
    settings,
    saveSettings: storeSettings,
    model,
    build,
    builds,
    target,
    cached,
    phase,
    stats,
    error,
    ensureReady,
    cancel,
    remove,
    refreshCache,
    setError,
  };
}
