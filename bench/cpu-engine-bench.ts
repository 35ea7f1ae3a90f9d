// Runs in headless Chromium (scripts/bench.mjs): the real CPU engine worker (wllama) on the tiny test
// model, served next to this page. Cross-origin isolated when the server sends COOP/COEP, then with as
// many threads as the panel would use. Measures the worker plumbing, not a real model's speed.
import { createCpuEngine } from '../polish/create-engine';
import type { SpeedReport } from '../polish/engine';
import { importGgufFiles } from '../polish/import-gguf';
import { threadCount } from '../polish/thread-count';

declare global {
  interface Window {
    cpuBenchResult?: { threads: number; isolated: boolean; runs: SpeedReport[]; error?: string };
  }
}

async function run() {
  const planned = threadCount(globalThis);
  const file = new File([await (await fetch('./tiny.gguf')).blob()], 'tiny.gguf');
  await importGgufFiles(caches, 'bench-tiny', [file], () => undefined);
  const engine = await createCpuEngine();
  const files = [{ name: 'tiny.gguf', url: null }];
  const info = await engine.load({ kind: 'gguf', modelId: 'bench-tiny', files, threads: planned, build: 'default' });
  // The threads wllama really runs, not the ones asked for.
  const threads = info?.threads ?? planned;
  const runs: SpeedReport[] = [];
  for (let index = 0; index < 4; index++) {
    let speed: SpeedReport | null = null;
    await engine.generate(
      [
        { role: 'system', content: '请将这段文字改得更正式。' },
        { role: 'user', content: '很多工作要搞好，大家马上落实。' },
      ],
      { maxTokens: 128, temperature: 0.7, onSpeed: (report) => (speed = report) },
    );
    if (speed && index > 0) runs.push(speed); // the first run warms up
  }
  await engine.unload();
  engine.dispose();
  window.cpuBenchResult = { threads, isolated: crossOriginIsolated, runs };
}

run().catch((error: unknown) => {
  window.cpuBenchResult = { threads: 0, isolated: crossOriginIsolated, runs: [], error: String(error) };
});
