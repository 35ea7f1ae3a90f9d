/** The parts of the page the choice reads; injected so tests can describe any browser. */
export interface ThreadEnv {
  crossOriginIsolated?: boolean;
  navigator?: { hardwareConcurrency?: number };
}

/**
 * llama.cpp threads for the CPU engine. Threads need SharedArrayBuffer, which only a cross-origin isolated
 * page has; otherwise one thread. With it, half the logical cores (llama.cpp's and wllama's own default:
 * about one per physical core), up to 8, past which memory bandwidth is the limit. Not one per core:
 * llama.cpp's threads spin at every step waiting for each other, and measured on a busy 2-core machine
 * two threads ran 4–7× slower than one (README, *Thread count*); the other half stays free for the browser.
 */
export function threadCount(env: ThreadEnv): number {
  if (!env.crossOriginIsolated) return 1;
  return Math.max(1, Math.min(8, Math.floor((env.navigator?.hardwareConcurrency ?? 1) / 2)));
}
