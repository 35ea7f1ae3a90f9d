// `npm run bench`: search speed at 10,000 drafts of ~2,000 characters, in real headless Chromium,
// against a naive full scan measured in the same run. Prints figures; asserts nothing.
import { resolve } from 'node:path';
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
await build({ root: resolve('bench'), base: './', logLevel: 'warn', build: { outDir, emptyOutDir: true } });
const server = await serveStatic(outDir);
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
    .waitForFunction(() => globalThis.benchResult, null, { timeout: 300_000 })
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
} finally {
  await browser.close();
  await server.close();
}
