// Runs in headless Chromium (scripts/bench-cpu-engine.mjs): the real CPU engine worker (wllama) on a
// generated test model served next to this page (`?model=<file>`). Cross-origin isolated when the server
// sends COOP/COEP, then with as many threads as the panel would use, `?threads=<n>` or one per logical
// core (`?threads=cores`). Random weights: the figures measure llama.cpp's work per token for the model's
// shape, never the quality of its words.
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
  const query = new URLSearchParams(location.search);
  const name = query.get('model') ?? 'tiny.gguf';
  const asked = query.get('threads');
  const planned = asked === 'cores' ? navigator.hardwareConcurrency : Number(asked) || threadCount(globalThis);
  const file = new File([await (await fetch(`./${name}`)).blob()], name);
  await importGgufFiles(caches, name, [file], () => undefined);
  const engine = await createCpuEngine();
  const files = [{ name, url: null }];
  const info = await engine.load({ kind: 'gguf', modelId: name, files, threads: planned, build: 'default' });
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
