/**
 * How long a model load may take before it counts as hung. wllama's loadModel never settles when the
 * WebAssembly is refused (a CSP without 'wasm-unsafe-eval'): a minute, plus time to read the weights
 * from the cache on a slow office disk (about 10 MB/s).
 */
export const loadTimeoutMs = (bytes: number) => 60_000 + Math.round(bytes / (10 * 1024 * 1024)) * 1000;
