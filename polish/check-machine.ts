/** The parts of navigator the check reads; injected so tests can describe any machine. */
export interface MachineEnv {
  gpu?: {
    requestAdapter(options?: { powerPreference?: 'high-performance' | 'low-power' }): Promise<AdapterLike | null>;
  };
  storage?: { estimate(): Promise<{ quota?: number; usage?: number }> };
  /** navigator.deviceMemory in GB (Chrome reports at most 8). */
  deviceMemory?: number;
}

export interface AdapterLike {
  features: { has(name: string): boolean };
  limits: { maxBufferSize: number };
  isFallbackAdapter?: boolean;
  info?: { isFallbackAdapter?: boolean; vendor?: string; architecture?: string };
}

export interface MachineReport {
  webgpu: 'missing' | 'noAdapter' | 'ok';
  /** shader-f16: without it only the q4f32 builds run. */
  f16: boolean;
  /** A CPU-emulated adapter (SwiftShader): it works, far too slowly for a language model. */
  software: boolean;
  /**
   * WebGPU does not tell how much memory the GPU has. Integrated GPUs share system memory, so half of
   * it is the budget; null when the browser does not say either.
   */
  gpuBudgetMB: number | null;
  freeStorageBytes: number | null;
  vendor: string;
}

export async function checkMachine(env: MachineEnv): Promise<MachineReport> {
  const report: MachineReport = {
    webgpu: 'missing',
    f16: false,
    software: false,
    gpuBudgetMB: null,
    freeStorageBytes: null,
    vendor: '',
  };
  const estimate = await env.storage?.estimate().catch(() => undefined);
  if (estimate?.quota !== undefined) report.freeStorageBytes = Math.max(0, estimate.quota - (estimate.usage ?? 0));
  if (env.deviceMemory) report.gpuBudgetMB = Math.round((env.deviceMemory * 1024) / 2);
  if (!env.gpu) return report;
  const adapter = await env.gpu.requestAdapter({ powerPreference: 'high-performance' }).catch(() => null);
  if (!adapter) return { ...report, webgpu: 'noAdapter' };
  return {
    ...report,
    webgpu: 'ok',
    f16: adapter.features.has('shader-f16'),
    software: Boolean(adapter.info?.isFallbackAdapter ?? adapter.isFallbackAdapter),
    vendor: adapter.info?.vendor ?? '',
  };
}

/** The real machine, read from the browser. */
export const browserMachine = (): MachineEnv => ({
  gpu: (navigator as unknown as { gpu?: MachineEnv['gpu'] }).gpu,
  storage: navigator.storage,
  deviceMemory: (navigator as unknown as { deviceMemory?: number }).deviceMemory,
});
