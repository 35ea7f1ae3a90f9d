/** The WebAssembly features llama.cpp's builds depend on; injected so tests can describe any browser. */
export interface WasmEnv {
  /** Without WebAssembly at all no build runs. */
  webAssembly: boolean;
  /** JSPI: lets the engine read model files from disk as it needs them. */
  suspending: boolean;
  memory64: boolean;
}

/**
 * Which llama.cpp build runs here. The fast one needs JSPI and Memory64 (Chrome/Edge 133+); older
 * Chromium shells (some 360 and 信创 browsers) get wllama's compat build (Asyncify, 32-bit memory,
 * slower), which ships inside the extension too: never fetched from wllama's default CDN.
 */
export type CpuBuild = 'default' | 'compat';
export const cpuBuild = (env: WasmEnv): CpuBuild => (env.suspending && env.memory64 ? 'default' : 'compat');

export const cpuEngineRuns = (env: WasmEnv) => env.webAssembly;

/**
 * The browser's features. In test builds only, `?wasm=compat` describes a browser without JSPI: no
 * Chromium switch turns it off, and the E2E must still run the compat build for real.
 */
export function browserWasm(search: string = globalThis.location?.search ?? ''): WasmEnv {
  const wasm = globalThis.WebAssembly as (typeof WebAssembly & { Suspending?: unknown }) | undefined;
  if (!wasm) return { webAssembly: false, suspending: false, memory64: false };
  let memory64 = false;
  try {
    new wasm.Memory({ address: 'i64', initial: 1n } as unknown as WebAssembly.MemoryDescriptor);
    memory64 = true;
  } catch {
    memory64 = false;
  }
  const oldBrowser = import.meta.env.WXT_TEST_ENGINE === 'fake' && new URLSearchParams(search).get('wasm') === 'compat';
  return { webAssembly: true, suspending: !oldBrowser && typeof wasm.Suspending === 'function', memory64 };
}
