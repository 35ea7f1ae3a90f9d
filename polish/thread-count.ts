/** The parts of the page the choice reads; injected so tests can describe any browser. */
export interface ThreadEnv {
  crossOriginIsolated?: boolean;
  navigator?: { hardwareConcurrency?: number };
}

/**
 * llama.cpp threads for the CPU engine. Threads need SharedArrayBuffer, which only a cross-origin
 * isolated page has; otherwise one thread. wllama's own default is half the cores (one on a 2-core
 * office PC), so the count is always given. Capped: past 8 threads memory bandwidth is the limit.
 */
export function threadCount(env: ThreadEnv): number {
  if (!env.crossOriginIsolated) return 1;
  return Math.max(1, Math.min(8, env.navigator?.hardwareConcurrency ?? 1));
}
