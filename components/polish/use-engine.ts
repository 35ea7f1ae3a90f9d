import { useCallback, useEffect, useMemo, useRef } from 'react';
import { createEngine } from '../../polish/create-engine';
import type { PolishEngine } from '../../polish/engine';

/**
 * One engine per panel, created on first use (the worker and its WebLLM chunk load only then) and
 * replaced after a cancel, which has to kill the worker to stop a download mid-file.
 */
export function useEngine(factory: () => Promise<PolishEngine> = createEngine) {
  const engine = useRef<Promise<PolishEngine> | null>(null);
  const get = useCallback(() => (engine.current ??= factory()), [factory]);
  const reset = useCallback(() => {
    const current = engine.current;
    engine.current = null;
    void current?.then((instance) => instance.dispose());
  }, []);
  useEffect(() => reset, [reset]);
  return useMemo(() => ({ get, reset }), [get, reset]);
}
