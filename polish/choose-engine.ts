import type { MachineReport } from './check-machine';

/** 显卡 (WebLLM on WebGPU) or 处理器 (llama.cpp in WebAssembly). */
export type EngineKind = 'webgpu' | 'cpu';
export type EngineChoice = EngineKind | 'auto';

/** A real GPU adapter; a software one (SwiftShader) computes on the CPU far slower than llama.cpp does. */
export const gpuRuns = (report: MachineReport) => report.webgpu === 'ok' && !report.software;

/**
 * The engine to use: the user's explicit choice, else the GPU when it is real, else the CPU, else the
 * software GPU as a last resort; null when nothing can run (润色 is then disabled and says why).
 */
export function chooseEngine(report: MachineReport, cpuRuns: boolean, choice: EngineChoice): EngineKind | null {
  if (choice !== 'auto') return choice;
  if (gpuRuns(report)) return 'webgpu';
  if (cpuRuns) return 'cpu';
  return report.webgpu === 'ok' ? 'webgpu' : null;
}
