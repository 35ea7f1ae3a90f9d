import { useState } from 'react';
import { browser } from 'wxt/browser';
import { createProgressTracker, type DownloadStats } from '../../polish/download-progress';
import type { LoadReport } from '../../polish/engine';
import type { ModelSource } from '../../polish/model-source';
import { normalizeError, type PolishError } from '../../polish/normalize-error';
import { assertSourceAllowed } from '../../polish/source-permission';

export type ModelPhase = 'idle' | 'downloading' | 'ready' | 'error';

export interface ModelLoad<T> {
  source: ModelSource;
  /** The catalogue's size, for the progress bar until the engine reports the real one. */
  expectedBytes: number;
  load: (onReport: (report: LoadReport) => void) => Promise<T>;
  /** Deletes the model's files: one that cannot be read would fail every later load. */
  discardBroken: () => Promise<void>;
  /** After success or failure: the cache list changed either way. */
  refresh: () => Promise<void>;
}

/**
 * A model's download and load as both engines show it: the phase, the progress and the failure in words.
 * Nothing is fetched unless the source's host is still granted; a cancelled load goes back to idle.
 */
export function useModelLoad(clock: () => number) {
  const [phase, setPhase] = useState<ModelPhase>('idle');
  const [stats, setStats] = useState<DownloadStats | null>(null);
  const [error, setError] = useState<PolishError | null>(null);

  const run = async <T>({ source, expectedBytes, load, discardBroken, refresh }: ModelLoad<T>): Promise<T> => {
    setPhase('downloading');
    setError(null);
    const track = createProgressTracker(expectedBytes, clock);
    try {
      await assertSourceAllowed(source, (permissions) => browser.permissions.contains(permissions));
      await navigator.storage?.persist?.().catch(() => false);
      const value = await load((report) => setStats(track(report)));
      setPhase('ready');
      return value;
    } catch (failure) {
      const normalized = normalizeError(failure);
      if (normalized.code === 'broken') await discardBroken().catch(() => undefined);
      setError(normalized);
      setPhase(normalized.code === 'cancelled' ? 'idle' : 'error');
      throw normalized;
    } finally {
      setStats(null);
      void refresh().catch(() => undefined);
    }
  };

  return { phase, setPhase, stats, error, setError, run };
}
