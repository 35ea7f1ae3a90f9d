import { describe, expect, it } from 'vitest';
import { cpuBuild, cpuEngineRuns } from '../../../polish/check-cpu';
import type { MachineReport } from '../../../polish/check-machine';
import { chooseEngine } from '../../../polish/choose-engine';
import type { PolishEngine } from '../../../polish/engine';
import { estimateTokensPerSecond } from '../../../polish/estimate-speed';
import { catalogueModelForFile, ggufCatalogue, ggufTarget } from '../../../polish/gguf-catalogue';
import { loadTimeoutMs } from '../../../polish/load-timeout';
import { normalizeError } from '../../../polish/normalize-error';
import { presets } from '../../../polish/presets';
import { startPolish, type SegmentResult } from '../../../polish/start-polish';
import { threadCount } from '../../../polish/thread-count';

const report = (webgpu: MachineReport['webgpu'], software = false): MachineReport => ({
  webgpu,
  f16: false,
  software,
  gpuBudgetMB: 4096,
  freeStorageBytes: 50e9,
  vendor: '',
});

describe('which engine polishes', () => {
  it('a real GPU → WebLLM; no adapter or only a software one → the CPU; nothing runnable → none', () => {
    expect(chooseEngine(report('ok'), true, 'auto')).toBe('webgpu');
    expect(chooseEngine(report('noAdapter'), true, 'auto')).toBe('cpu');
    expect(chooseEngine(report('missing'), true, 'auto')).toBe('cpu');
    expect(chooseEngine(report('ok', true), true, 'auto')).toBe('cpu');
    expect(chooseEngine(report('ok', true), false, 'auto')).toBe('webgpu');
    expect(chooseEngine(report('noAdapter'), false, 'auto')).toBeNull();
    expect(chooseEngine(report('ok'), true, 'cpu')).toBe('cpu');
    expect(chooseEngine(report('noAdapter'), true, 'webgpu')).toBe('webgpu');
  });

  it('runs the fast build with JSPI and Memory64, the bundled compat build without either, nothing without WebAssembly', () => {
    const env = { webAssembly: true, suspending: true, memory64: true };
    expect(cpuBuild(env)).toBe('default');
    expect(cpuBuild({ ...env, suspending: false })).toBe('compat');
    expect(cpuBuild({ ...env, memory64: false })).toBe('compat');
    expect(cpuEngineRuns(env)).toBe(true);
    expect(cpuEngineRuns({ ...env, suspending: false, memory64: false })).toBe(true);
    expect(cpuEngineRuns({ webAssembly: false, suspending: false, memory64: false })).toBe(false);
  });

  it('one thread unless cross-origin isolated, then half the logical cores up to eight', () => {
    expect(threadCount({ crossOriginIsolated: false, navigator: { hardwareConcurrency: 8 } })).toBe(1);
    // Half the logical cores: a 2-core PC keeps one thread (two ran 4–7× slower there), 8 cores get 4.
    expect(threadCount({ crossOriginIsolated: true, navigator: { hardwareConcurrency: 2 } })).toBe(1);
    expect(threadCount({ crossOriginIsolated: true, navigator: { hardwareConcurrency: 3 } })).toBe(1);
    expect(threadCount({ crossOriginIsolated: true, navigator: { hardwareConcurrency: 8 } })).toBe(4);
    expect(threadCount({ crossOriginIsolated: true, navigator: { hardwareConcurrency: 32 } })).toBe(8);
    expect(threadCount({ crossOriginIsolated: true, navigator: {} })).toBe(1);
  });

  it('estimates slower speeds for bigger models and faster ones with threads', () => {
    expect(estimateTokensPerSecond(0.5, 1)).toBe(4);
    expect(estimateTokensPerSecond(1.5, 1)).toBeLessThan(estimateTokensPerSecond(0.5, 1));
    expect(estimateTokensPerSecond(1.5, 2)).toBeGreaterThan(estimateTokensPerSecond(1.5, 1));
  });

  it('downloads catalogue files from the default host or BASE/<repo>/resolve/main/<file> on a mirror', () => {
    const model = ggufCatalogue[0];
    expect(ggufTarget(model, { kind: 'default' }, 1).files[0].url).toBe(
      'https://huggingface.co/Qwen/Qwen2.5-1.5B-Instruct-GGUF/resolve/main/qwen2.5-1.5b-instruct-q4_k_m.gguf',
    );
    expect(ggufTarget(model, { kind: 'mirror', baseUrl: 'http://10.1.2.3/models/' }, 2, 'compat')).toEqual({
      kind: 'gguf',
      modelId: 'qwen2.5-1.5b-gguf',
      files: [
        {
          name: 'qwen2.5-1.5b-instruct-q4_k_m.gguf',
          url: 'http://10.1.2.3/models/Qwen/Qwen2.5-1.5B-Instruct-GGUF/resolve/main/qwen2.5-1.5b-instruct-q4_k_m.gguf',
        },
      ],
      threads: 2,
      build: 'compat',
    });
    expect(catalogueModelForFile('Qwen2.5-1.5B-Instruct-Q4_K_M.gguf')?.key).toBe('qwen2.5-1.5b-gguf');
    expect(catalogueModelForFile('mine.gguf')).toBeUndefined();
  });

  it('a hung load becomes a translated timeout, with more time for bigger models', () => {
    expect(normalizeError('Error: load timeout').code).toBe('timeout');
    expect(loadTimeoutMs(2e9)).toBeGreaterThan(loadTimeoutMs(1e6));
  });
});

describe('startPolish on an engine that reports the prompt', () => {
  it('shows the share of the prompt read, then the words; after 停止 no further token is shown', async () => {
    let run: ReturnType<typeof startPolish> | undefined;
    const engine: PolishEngine = {
      load: async () => undefined,
      async generate(_messages, { onPrompt, onDelta, onSpeed } = {}) {
        await Promise.resolve(); // `run` is assigned once startPolish returns
        onPrompt?.(0.5);
        onPrompt?.(1);
        onDelta?.('甲');
        onDelta?.('乙');
        run?.stop();
        // Already on its way when the stop arrived: must not be shown.
        onDelta?.('丙');
        onSpeed?.({ promptTokensPerSecond: 9, tokensPerSecond: 4 });
        return '甲乙丙';
      },
      interrupt: () => undefined,
      unload: async () => undefined,
      hasModel: async () => true,
      deleteModel: async () => undefined,
      dispose: () => undefined,
    };
    const updates: SegmentResult[][] = [];
    const speeds: number[] = [];
    run = startPolish({
      engine,
      text: '很多工作要搞好。',
      preset: presets.formal,
      onUpdate: (results) => updates.push(results),
      onSpeed: (speed) => speeds.push(speed.tokensPerSecond),
    });
    const [result] = await run.done;
    expect(updates.map((results) => results[0].prompt).filter((p) => p !== undefined)).toEqual([0.5, 1]);
    expect(updates.flatMap((results) => results.map((r) => r.output))).not.toContain('甲乙丙');
    expect(result.state).toBe('stopped');
    expect(result.output).toBe('甲乙');
    expect(speeds).toEqual([4]);
  });
});
