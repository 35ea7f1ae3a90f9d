import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { cpuModelItem, cpuSpeedItem } from '../../polish/cpu-engine-items';
import { createCpuEngine } from '../../polish/create-engine';
import type { LoadedEngine, PolishEngine, SpeedReport } from '../../polish/engine';
import { ggufCatalogue, ggufTarget, type GgufModel, type OwnGgufModel } from '../../polish/gguf-catalogue';
import { deleteGgufModel, listGgufModels, listKeptDownloads } from '../../polish/gguf-cache';
import type { ModelSource } from '../../polish/model-source';
import { normalizeError } from '../../polish/normalize-error';
import { browserWasm, cpuBuild } from '../../polish/check-cpu';
import { threadCount } from '../../polish/thread-count';
import { useStoredState } from '../../storage/use-stored-state';
import { useEngine } from './use-engine';
import { useModelLoad } from './use-model-load';

export type CpuModel = GgufModel | OwnGgufModel;
export const cpuModelId = (model: CpuModel) => ('repo' in model ? model.key : model.modelId);

/**
 * The CPU engine's models: the GGUF catalogue plus files the user imported, what is in the cache, the
 * download (only when asked for), and the loaded engine. Nothing here touches the network or starts the
 * worker until the user downloads or polishes.
 */
export function useCpuModels(source: ModelSource, clock: () => number = Date.now) {
  const engines = useEngine(createCpuEngine);
  const [cached, setCached] = useState<Record<string, number>>({});
  const [kept, setKept] = useState<Record<string, number>>({});
  const [restarted, setRestarted] = useState(false);
  const [own, setOwn] = useState<OwnGgufModel[]>([]);
  // chrome.storage items: a model chosen before the first read came back is not undone by it.
  const [chosenStored, setChosen] = useStoredState(cpuModelItem);
  const chosen = chosenStored ?? null;
  const [speedsStored, setSpeeds] = useStoredState(cpuSpeedItem);
  const speeds = useMemo(() => speedsStored ?? {}, [speedsStored]);
  const { phase, setPhase, stats, error, setError, run } = useModelLoad(clock);
  const loaded = useRef<string | null>(null);
  // What the page allows until a model is loaded, then what the engine says really runs.
  const [running, setRunning] = useState<LoadedEngine | null>(null);
  const planned = threadCount(globalThis);
  const isolated = Boolean(globalThis.crossOriginIsolated);
  const expected = useMemo(() => cpuBuild(browserWasm()), []);
  const threads = running?.threads ?? planned;
  const build = running?.build ?? expected;

  const refreshCache = useCallback(async () => {
    const models = await listGgufModels(caches);
    setCached(Object.fromEntries(models.map((model) => [model.modelId, model.bytes])));
    setKept(await listKeptDownloads(caches));
    const catalogueKeys = new Set(ggufCatalogue.map((model) => model.key));
    setOwn(
      models.filter((model) => !catalogueKeys.has(model.modelId)).map(({ modelId, files }) => ({ modelId, files })),
    );
  }, []);

  useEffect(() => {
    let live = true; // reads settling after the view closed must not reach React
    refreshCache().catch((failure: unknown) => live && setError(normalizeError(failure)));
    return () => {
      live = false;
    };
  }, [refreshCache, setError]);

  const models: CpuModel[] = useMemo(() => [...ggufCatalogue, ...own], [own]);
  // An imported model the user just brought is what they mean to use; else the catalogue's first.
  const model = models.find((entry) => cpuModelId(entry) === chosen) ?? ggufCatalogue[0];
  const target = useMemo(() => ggufTarget(model, source, planned, expected), [model, source, planned, expected]);

  const choose = (modelId: string) => setChosen(modelId);

  const rememberSpeed = (speed: SpeedReport) => {
    const next = { ...speeds, [target.modelId]: Math.round(speed.tokensPerSecond * 10) / 10 };
    void setSpeeds(next);
  };

  /** Downloads what is missing (only after the user asked) and loads the model into the CPU worker. */
  const ensureReady = async (): Promise<PolishEngine> => {
    const engine = await engines.get();
    if (loaded.current === target.modelId) return engine;
    setRestarted(false);
    return run({
      source,
      expectedBytes: ('downloadMB' in model ? model.downloadMB : 1) * 1024 * 1024,
      load: async (onReport) => {
        const info = await engine.load(target, (report) => {
          onReport(report);
          if (report.restarted) setRestarted(true);
        });
        setRunning(info || null);
        loaded.current = target.modelId;
        return engine;
      },
      // A file llama.cpp cannot read would fail every later load (the notice says it was cleared).
      discardBroken: () => deleteGgufModel(caches, target.modelId),
      refresh: refreshCache,
    });
  };

  /** 卸载: ends the worker (and the model's memory); the files stay in the cache. */
  const unload = () => {
    engines.reset();
    loaded.current = null;
    setRunning(null);
    setPhase('idle');
  };

  /** 取消下载: the worker keeps the bytes received so far (the next download resumes there), then ends. */
  const cancel = async () => {
    const engine = await engines.get();
    await engine.cancelDownload?.().catch(() => undefined);
    unload();
  };

  const remove = async (modelId: string) => {
    if (loaded.current === modelId) unload();
    await deleteGgufModel(caches, modelId);
    await refreshCache();
  };

  return {
    models,
    model,
    target,
    threads,
    isolated,
    build,
    cached,
    kept,
    restarted,
    speeds,
    phase,
    stats,
    error,
    setError,
    choose,
    ensureReady,
    cancel,
    unload,
    remove,
    refreshCache,
    rememberSpeed,
  };
}
