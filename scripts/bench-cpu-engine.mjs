// Part of `npm run bench`: tokens/s of the CPU 润色 engine (wllama) on two generated random-weight models,
// the tiny test model (the worker plumbing) and a larger shape with more work per token (what decides the
// thread count, polish/thread-count.ts): not isolated (one thread), cross-origin isolated with one thread,
// and isolated with one thread per logical core. Asserts nothing.
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { writeTinyGguf } from '../tests/e2e/fixtures/tiny-gguf.mjs';
import { browserMissingMessage, findBrowser } from './find-browser.mjs';
import { serveStatic } from './serve-static.mjs';

const executablePath = findBrowser();
if (!executablePath) {
  console.error(browserMissingMessage);
  process.exit(1);
}
const outDir = resolve('.output/bench-cpu');
await build({
  root: resolve('bench'),
  base: './',
  logLevel: 'warn',
  build: { outDir, emptyOutDir: true, rolldownOptions: { input: [resolve('bench/cpu-engine.html')] } },
});
// Qwen2.5-0.5B is width 896, 24 layers, feed-forward 4,864 in 4-bit; this one does about a seventh of its
// multiply-adds per token, in f32 (about 210 MB), and generates in seconds.
const shapes = [
  { file: 'tiny.gguf', label: 'tiny model (2 layers, width 64, 0.5 MB)', options: {} },
  {
    file: 'larger.gguf',
    label: 'larger model (4 layers, width 1024, feed-forward 2816, 210 MB)',
    options: { layers: 4, width: 1024, heads: 16, feedForward: 2816 },
  },
];
for (const shape of shapes) await writeTinyGguf(join(outDir, shape.file), shape.options);
const server = await serveStatic({ '/': outDir });
const isolatedServer = await serveStatic(
  { '/': outDir },
  { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' },
);
const browser = await chromium.launch({
  executablePath,
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
  ],
});
const median = (values) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
const runs = [
  { origin: server.url(''), query: '' },
  { origin: isolatedServer.url(''), query: '&threads=1' },
  { origin: isolatedServer.url(''), query: '&threads=cores' },
];
try {
  for (const shape of shapes) {
    const load = loadavg().map((value) => value.toFixed(1));
    console.log(
      `\nCPU 润色 engine (wllama), ${shape.label}, 128 tokens per run, median of 3 (load average ${load.join(' ')}):`,
    );
    for (const { origin, query } of runs) {
      const page = await browser.newPage();
      await page.goto(`${origin}/cpu-engine.html?model=${shape.file}${query}`);
      const cpu = await page
        .waitForFunction(() => globalThis.cpuBenchResult, null, { timeout: 600_000 })
        .then((h) => h.jsonValue());
      await page.close();
      const label = `${cpu.threads} thread${cpu.threads > 1 ? 's' : ''}${cpu.isolated ? ' (cross-origin isolated)' : ''}`;
      if (cpu.error) {
        console.log(`  ${label.padEnd(36)} failed: ${cpu.error}`);
        continue;
      }
      console.log(
        `  ${label.padEnd(36)} generation ${median(cpu.runs.map((r) => r.tokensPerSecond)).toFixed(1)} tokens/s, ` +
          `prompt ${median(cpu.runs.map((r) => r.promptTokensPerSecond)).toFixed(1)} tokens/s`,
      );
    }
  }
} finally {
  await browser.close();
  await server.close();
  await isolatedServer.close();
}
