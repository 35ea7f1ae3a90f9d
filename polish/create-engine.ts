import type { PolishEngine } from './engine';
import { createWorkerEngine } from './worker-engine';

/** A test build asked for the fake engine: it stands in for a working GPU engine, whatever the machine. */
export const usesTestEngine = (search: string = location.search) =>
  import.meta.env.WXT_TEST_ENGINE === 'fake' && new URLSearchParams(search).get('engine') === 'fake';

/**
 * The engine for this page. Test builds (WXT_TEST_ENGINE=fake, never set by `npm run build`) honour
 * `?engine=fake`; in production the condition is a constant false and the fake is not even bundled.
 */
export async function createEngine(search: string = location.search): Promise<PolishEngine> {
  if (import.meta.env.WXT_TEST_ENGINE === 'fake') {
    const params = new URLSearchParams(search);
    if (params.get('engine') === 'fake') {
      const { createFakeEngine } = await import('./fake-engine');
      return createFakeEngine({
        delayMs: Number(params.get('delay') ?? 20),
        failLoad: params.get('fail') ?? undefined,
      });
    }
  }
  const worker = new Worker(new URL('./engine-worker.ts', import.meta.url), { type: 'module' });
  return createWorkerEngine(worker);
}

/** The CPU engine (wllama) in its own worker: its chunk and WebAssembly load only when this is called. */
export function createCpuEngine(): Promise<PolishEngine> {
  const worker = new Worker(new URL('./cpu-engine-worker.ts', import.meta.url), { type: 'module' });
  return Promise.resolve(createWorkerEngine(worker));
}
