import { describe, expect, it } from 'vitest';
import { assessModel } from '../../../polish/assess-model';
import { checkMachine, type AdapterLike, type MachineEnv } from '../../../polish/check-machine';
import { modelCatalogue } from '../../../polish/model-catalogue';
import { quantizationFor, recommendModel } from '../../../polish/recommend-model';

const adapter = (features: string[], fallback = false): AdapterLike => ({
  features: new Set(features),
  limits: { maxBufferSize: 2 ** 30 },
  info: { isFallbackAdapter: fallback, vendor: 'test' },
});
const env = (gpuAdapter: AdapterLike | null | undefined, deviceMemory?: number, free = 50e9): MachineEnv => ({
  gpu: gpuAdapter === undefined ? undefined : { requestAdapter: async () => gpuAdapter },
  storage: { estimate: async () => ({ quota: free, usage: 0 }) },
  deviceMemory,
});
const byKey = (key: string) => modelCatalogue.find((m) => m.key === key)!;

describe('capability check', () => {
  it('no navigator.gpu and no adapter both block, each with its own message and fix', async () => {
    const missing = await checkMachine(env(undefined));
    expect(
      assessModel(missing, byKey('qwen2.5-3b').builds.q4f16_1).map((p) => [
        p.code,
        p.message,
        p.suggestion,
        p.blocking,
      ]),
    ).toEqual([['noWebGpu', 'cap_noWebGpu', 'cap_noWebGpuFix', true]]);
    const noAdapter = await checkMachine(env(null));
    expect(assessModel(noAdapter, byKey('qwen2.5-3b').builds.q4f16_1).map((p) => p.code)).toEqual(['noAdapter']);
  });

  it('an adapter without shader-f16 gets the q4f32 builds and a note, not a refusal', async () => {
    const report = await checkMachine(env(adapter([]), 8));
    expect(quantizationFor(report)).toBe('q4f32_1');
    const problems = assessModel(report, recommendModel(report).builds.q4f32_1);
    expect(problems.map((p) => [p.code, p.blocking])).toEqual([['noF16', false]]);
  });

  it('a software adapter is flagged as too slow', async () => {
    const report = await checkMachine(env(adapter([], true)));
    expect(report.software).toBe(true);
    expect(assessModel(report, byKey('qwen2.5-1.5b').builds.q4f32_1).map((p) => p.code)).toContain('softwareGpu');
  });

  it('recommends the smallest model on a software adapter, however much memory the machine has', async () => {
    const software = await checkMachine(env(adapter([], true), 32));
    expect(recommendModel(software).key).toBe('qwen2.5-1.5b');
  });

  it('recommends the best model that fits, and warns when the chosen one does not', async () => {
    const eight = await checkMachine(env(adapter(['shader-f16']), 8));
    expect(recommendModel(eight).key).toBe('qwen3-4b');
    const four = await checkMachine(env(adapter(['shader-f16']), 4));
    expect(recommendModel(four).key).toBe('qwen3-1.7b');
    expect(assessModel(four, byKey('qwen2.5-7b').builds.q4f16_1).map((p) => [p.code, p.blocking])).toEqual([
      ['lowGpuMemory', false],
    ]);
    const tiny = await checkMachine(env(adapter(['shader-f16']), 1));
    expect(recommendModel(tiny).key).toBe('qwen2.5-1.5b');
  });

  it('blocks a download that does not fit the storage quota, unless the model is already cached', async () => {
    const report = await checkMachine(env(adapter(['shader-f16']), 8, 500 * 1024 * 1024));
    const build = byKey('qwen3-4b').builds.q4f16_1;
    expect(assessModel(report, build).map((p) => [p.code, p.blocking])).toEqual([['lowStorage', true]]);
    expect(assessModel(report, build, true)).toEqual([]);
  });
});
