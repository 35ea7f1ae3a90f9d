// `npm run bench`: search speed at 10,000 drafts of ~2,000 characters, in real headless Chromium,
// against a naive full scan measured in the same run; then tokens/s of the CPU 润色 engine on the tiny
// test model, single- and multi-threaded. Prints figures; asserts nothing.
import { join, resolve } from 'node:path';
import { writeTinyGguf } from '../tests/e2e/fixtures/tiny-gguf.mjs';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { serveStatic } from './serve-static.mjs';
import { browserMissingMessage, findBrowser } from './find-browser.mjs';

const executablePath = findBrowser();
if (!executablePath) {
  console.error(browserMissingMessage);
  process.exit(1);
}
const outDir = resolve('.output/bench');
await build({
  root: resolve('bench'),
  base: './',
  logLevel: 'warn',
  build: {
    outDir,
    emptyOutDir: true,
    rollupOptions: { input: [resolve('bench/index.html'), resolve('bench/cpu-engine.html')] },
  },
});
await writeTinyGguf(join(outDir, 'tiny.gguf'));
const server = await serveStatic(outDir);
const isolatedServer = await serveStatic(outDir, {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
});
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
  const page = await browser.newPage();
  await page.goto(`${server.url}/index.html?drafts=${process.env.DRAFTS ?? 10000}`);
  const result = await page
    .waitForFunction(() => window.benchResult, null, { timeout: 300_000 })
    .then((h) => h.jsonValue());
  const fmt = (ms) => (ms === null ? '—' : ms.toFixed(2));
  console.log(`\nSearch over ${result.count} drafts (~2,000 characters each), Chromium ${browser.version()}`);
  console.log(`index build: ${result.buildMs.toFixed(0)} ms (once per panel, in the background)\n`);
  console.log(
    'query'.padEnd(22) +
      'index median'.padStart(14) +
      'index max'.padStart(11) +
      'naive scan'.padStart(12) +
      'speed-up'.padStart(10) +
      'hits'.padStart(7),
  );
  for (const t of result.timings) {
    const ratio = t.naiveMs === null ? '—' : `${(t.naiveMs / Math.max(t.medianMs, 0.01)).toFixed(1)}×`;
    console.log(
      `"${t.query}"`.padEnd(22) +
        fmt(t.medianMs).padStart(14) +
        fmt(t.maxMs).padStart(11) +
        fmt(t.naiveMs).padStart(12) +
        ratio.padStart(10) +
        String(t.hits).padStart(7),
    );
  }
  const worst = Math.max(...result.timings.map((t) => t.medianMs));
  console.log(`\nslowest median query: ${worst.toFixed(2)} ms (target ≤ 30 ms)`);
  console.log(`draft list (5,000 rows, empty query and "工作"): ${result.listMs.toFixed(2)} ms median`);
  console.log(
    `1 MB draft: indexed in ${result.hugePutMs.toFixed(0)} ms, searched in ${result.hugeSearchMs.toFixed(2)} ms (${result.hugeHits} hit)`,
  );

  console.log(`\nCPU 润色 engine (wllama) on the tiny test model, 128 tokens per run, median of 3:`);
  for (const origin of [server.url, isolatedServer.url]) {
    const cpuPage = await browser.newPage();
    await cpuPage.goto(`${origin}/cpu-engine.html`);
    const cpu = await cpuPage
      .waitForFunction(() => window.cpuBenchResult, null, { timeout: 300_000 })
      .then((h) => h.jsonValue());
    await cpuPage.close();
    if (cpu.error) {
      console.log(`  ${origin === server.url ? 'single-thread' : 'isolated'}: failed: ${cpu.error}`);
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
