// Part of `npm run bench`: tokens/s of the CPU 润色 engine (wllama) on the tiny test model, single-threaded
// and cross-origin isolated (multi-threaded), so a regression in the worker plumbing shows. Asserts nothing.
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
await writeTinyGguf(join(outDir, 'tiny.gguf'));
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
try {
  console.log(`\nCPU 润色 engine (wllama) on the tiny test model, 128 tokens per run, median of 3:`);
  for (const origin of [server.url(''), isolatedServer.url('')]) {
    const page = await browser.newPage();
    await page.goto(`${origin}/cpu-engine.html`);
    const cpu = await page
      .waitForFunction(() => globalThis.cpuBenchResult, null, { timeout: 300_000 })
      .then((h) => h.jsonValue());
    await page.close();
    if (cpu.error) {
      console.log(`  ${origin === server.url('') ? 'single-thread' : 'isolated'}: failed: ${cpu.error}`);
      continue;
    }
    const median = (values) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
    const label = `${cpu.threads} thread${cpu.threads > 1 ? 's' : ''}${cpu.isolated ? ' (cross-origin isolated)' : ''}`;
    console.log(
      `  ${label.padEnd(36)} generation ${median(cpu.runs.map((r) => r.tokensPerSecond)).toFixed(0)} tokens/s, ` +
        `prompt ${median(cpu.runs.map((r) => r.promptTokensPerSecond)).toFixed(0)} tokens/s`,
    );
  }
} finally {
  await browser.close();
  await server.close();
  await isolatedServer.close();
}
