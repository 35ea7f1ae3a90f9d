/** The WebAssembly features the bundled llama.cpp build needs; injected so tests can describe any browser. */
export interface WasmEnv {
  /** JSPI: lets the engine read model files from disk as it needs them. */
  suspending: boolean;
  memory64: boolean;
}

/**
 * Whether the CPU engine can run here. Older Chromium shells (some 360 and 信创 browsers) lack JSPI or
 * Memory64; wllama would then fetch a "compat" build from a public CDN, which Wenshu never does.
 */
export const cpuEngineRuns = (env: WasmEnv) => env.suspending && env.memory64;

export function browserWasm(): WasmEnv {
  const wasm = globalThis.WebAssembly as (typeof WebAssembly & { Suspending?: unknown }) | undefined;
  if (!wasm) return { suspending: false, memory64: false };
  let memory64 = false;
  try {
    new wasm.Memory({ address: 'i64', initial: 1n } as unknown as WebAssembly.MemoryDescriptor);
    memory64 = true;
  } catch {
    memory64 = false;
  }
  return { suspending: typeof wasm.Suspending === 'function', memory64 };
}
