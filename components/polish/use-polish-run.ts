import { useLayoutEffect, useRef, useState } from 'react';
import type { PolishEngine, SpeedReport } from '../../polish/engine';
import { normalizeError, type PolishError } from '../../polish/normalize-error';
import type { Preset } from '../../polish/presets';
import { shownAfterStop } from '../../polish/shown-after-stop';
import { startPolish, type PolishRun, type SegmentResult } from '../../polish/start-polish';

export type RunPhase = 'idle' | 'preparing' | 'running' | 'finished';

/** One polishing pass: streamed results per paragraph, stop, and the error if the engine failed. */
export function usePolishRun() {
  const [phase, setPhase] = useState<RunPhase>('idle');
  const [results, setResults] = useState<SegmentResult[]>([]);
  const [error, setError] = useState<PolishError | null>(null);
  const run = useRef<PolishRun | null>(null);
  const stopRequested = useRef(false);
  // What the last paint showed, and a copy of it taken at 停止: from then on the stream shows no more.
  const painted = useRef<SegmentResult[]>([]);
  const [atStop, setAtStop] = useState<SegmentResult[] | null>(null);
  const shown = atStop ? shownAfterStop(results, atStop) : results;
  useLayoutEffect(() => {
    painted.current = shown;
  });

  const start = async (
    prepare: () => Promise<PolishEngine>,
    text: string,
    preset: Preset,
    instruction: string,
    onSpeed?: (speed: SpeedReport) => void,
  ) => {
    setError(null);
    setResults([]);
    setAtStop(null);
    stopRequested.current = false;
    setPhase('preparing');
    try {
      const engine = await prepare();
      if (stopRequested.current) return setPhase('idle');
      setPhase('running');
      run.current = startPolish({ engine, text, preset, instruction, onUpdate: setResults, onSpeed });
      setResults(await run.current.done);
      setPhase('finished');
    } catch (failure) {
      setError(normalizeError(failure));
      setPhase('idle');
    } finally {
      run.current = null;
    }
  };

  const stop = () => {
    stopRequested.current = true;
    setAtStop(painted.current);
    run.current?.stop();
  };

  const clearError = () => setError(null);

  const reset = () => {
    setResults([]);
    setAtStop(null);
    setPhase('idle');
  };

  return { phase, results: shown, error, start, stop, reset, clearError };
}
