import { useRef, useState } from 'react';
import type { PolishEngine, SpeedReport } from '../../polish/engine';
import { normalizeError, type PolishError } from '../../polish/normalize-error';
import type { Preset } from '../../polish/presets';
import { startPolish, type PolishRun, type SegmentResult } from '../../polish/start-polish';

export type RunPhase = 'idle' | 'preparing' | 'running' | 'finished';

/** One polishing pass: streamed results per paragraph, stop, and the error if the engine failed. */
export function usePolishRun() {
  const [phase, setPhase] = useState<RunPhase>('idle');
  const [results, setResults] = useState<SegmentResult[]>([]);
  const [error, setError] = useState<PolishError | null>(null);
  const run = useRef<PolishRun | null>(null);
  const stopRequested = useRef(false);

  const start = async (
    prepare: () => Promise<PolishEngine>,
    text: string,
    preset: Preset,
    instruction: string,
    onSpeed?: (speed: SpeedReport) => void,
  ) => {
    setError(null);
    setResults([]);
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
    run.current?.stop();
  };

  const reset = () => {
    setResults([]);
    setPhase('idle');
  };

  return { phase, results, error, start, stop, reset };
}
