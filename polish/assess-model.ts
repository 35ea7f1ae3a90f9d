import type { MessageKey } from '../i18n/messages';
import type { MachineReport } from './check-machine';
import type { ModelBuild } from './model-catalogue';

/** One reason the model may not run here: a plain message, a way out, and whether it stops the load. */
export interface Problem {
  code: 'noWebGpu' | 'noAdapter' | 'softwareGpu' | 'noF16' | 'lowGpuMemory' | 'lowStorage';
  message: MessageKey;
  suggestion: MessageKey;
  blocking: boolean;
}

const problem = (code: Problem['code'], blocking: boolean): Problem => ({
  code,
  message: `cap_${code}` as MessageKey,
  suggestion: `cap_${code}Fix` as MessageKey,
  blocking,
});

/** Checks one build against the machine; `cached` skips the storage check (nothing to download). */
export function assessModel(report: MachineReport, build: ModelBuild, cached = false): Problem[] {
  if (report.webgpu === 'missing') return [problem('noWebGpu', true)];
  if (report.webgpu === 'noAdapter') return [problem('noAdapter', true)];
  const problems: Problem[] = [];
  if (report.software) problems.push(problem('softwareGpu', false));
  if (!report.f16) problems.push(problem('noF16', false));
  if (report.gpuBudgetMB !== null && build.vramMB > report.gpuBudgetMB) problems.push(problem('lowGpuMemory', false));
  // Some headroom over the download: estimates are rough and the browser keeps its own margin.
  const needed = build.downloadMB * 1024 * 1024 * 1.1;
  if (!cached && report.freeStorageBytes !== null && report.freeStorageBytes < needed)
    problems.push(problem('lowStorage', true));
  return problems;
}
