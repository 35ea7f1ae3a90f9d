// `npm run bench`: the budgets of issue 12, measured on the built extension in headless Chromium, each
// beside baselines measured in the same run (so a loaded machine moves both). Prints one line per metric
// (median, p95, budget, ok/MISS) and writes .output/bench/results.json. Asserts nothing: not part of npm test.
// Options (environment): DRAFTS (default 10000), RUNS (repeats, default 15), BENCH_SKIP_BUILD=1,
// BENCH_ONLY=open,drafts,typing,insert,index (some of the parts, to iterate on one budget; default all).
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { makeBackup, proseOf } from '../bench/make-backup.mjs';
import { browserMissingMessage, findBrowser } from './find-browser.mjs';
import { serveStatic } from './serve-static.mjs';

const executablePath = findBrowser();
if (!executablePath) {
  console.error(browserMissingMessage);
  process.exit(1);
}
const draftCount = Number(process.env.DRAFTS ?? 10_000);
const runs = Number(process.env.RUNS ?? 15);
const outDir = resolve('.output/bench');
const extensionDir = join(outDir, 'extension');
const tmp = mkdtempSync(join(tmpdir(), 'wenshu-bench-'));
const load = [loadavg()[0]];
const only = process.env.BENCH_ONLY?.split(',');
/** Whether this run measures `part` (the typing and insertion parts run with the 10,000 drafts imported). */
const measures = (part) => !only || only.includes(part);

// 1. The extension as users get it, plus the baseline pages inside a copy of it (same origin, same CSP).
if (!process.env.BENCH_SKIP_BUILD) execFileSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
rmSync(outDir, { recursive: true, force: true });
cpSync(resolve('.output/chrome-mv3'), extensionDir, { recursive: true });
await build({
  root: resolve('bench'),
  base: './',
  logLevel: 'warn',
  build: {
    outDir: join(extensionDir, 'bench'),
    emptyOutDir: true,
    rolldownOptions: {
      input: Object.fromEntries(
        ['index', 'pages/static', 'pages/react', 'pages/react-dexie', 'pages/textarea'].map((name) => [
          name,
          resolve('bench', `${name}.html`),
        ]),
      ),
    },
  },
});
const backupFile = join(tmp, 'backup.json');
const smallBackupFile = join(tmp, 'backup-50.json');
const backup = makeBackup(draftCount);
writeFileSync(backupFile, JSON.stringify(backup));
writeFileSync(smallBackupFile, JSON.stringify({ ...backup, drafts: backup.drafts.slice(-50) }));

const server = await serveStatic({ '/fixtures/': 'tests/e2e/fixture-pages', '/vendor/': 'node_modules' });
const context = await chromium.launchPersistentContext(join(tmp, 'profile'), {
  executablePath,
  headless: true,
  locale: 'zh-CN',
  viewport: { width: 440, height: 900 },
  env: { ...process.env, LANGUAGE: 'zh_CN', LANG: 'zh_CN.UTF-8' },
  args: [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    '--lang=zh-CN',
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    ...(process.env.BENCH_ARGS?.split(' ').filter(Boolean) ?? []),
  ],
});
const firstRowMessage = 'wenshu-bench: first row painted';
// Long tasks of every extension page from its first instruction on (the panel's start-up included).
await context.addInitScript((firstRowMessage) => {
  const tasks = [];
  Object.defineProperty(window, '__longTasks', { value: tasks });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) tasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask' });
  // The first row: when it entered the DOM, and when the first frame showing it was produced (the frame's
  // rAF, then a message, which runs once that frame's layout and paint are done). Observed from the page's
  // first instruction, so the reading does not depend on when the bench starts to ask.
  const firstRow = { inDom: 0, frame: 0, painted: 0 };
  Object.defineProperty(window, '__firstRow', { value: firstRow });
  const rows = new MutationObserver(() => {
    if (!document.querySelector('.draft-item')) return;
    rows.disconnect();
    firstRow.inDom = performance.now();
    requestAnimationFrame(() => {
      firstRow.frame = performance.now();
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        firstRow.painted = performance.now();
        console.debug(firstRowMessage);
      };
      channel.port2.postMessage(null);
    });
  });
  rows.observe(document, { childList: true, subtree: true });
}, firstRowMessage);
const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
const extensionId = new URL(worker.url()).host;
const extUrl = (path) => `chrome-extension://${extensionId}/${path}`;
const panelUrl = extUrl('sidepanel.html');

const results = { date: new Date().toISOString(), chromium: context.browser()?.version(), cpus: cpus().length };
const metrics = [];
let searchBench = null;
const median = (xs) => quantile(xs, 0.5);
const p95 = (xs) => quantile(xs, 0.95);
function quantile(xs, q) {
  if (xs.length === 0) return NaN;
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
}
const fmt = (x, unit = 'ms') => (Number.isFinite(x) ? `${x.toFixed(x < 10 ? 1 : 0)} ${unit}` : '—');
/** One metric line: `value` is what the budget checks (median or p95 as the issue states it). */
function report(name, samples, { value, budget, budgetText, baselines = '', unit = 'ms' }) {
  const ok = value <= budget;
  metrics.push({ name, median: median(samples), p95: p95(samples), value, budget, ok, baselines, samples });
  console.log(
    `${ok ? 'ok  ' : 'MISS'} ${name.padEnd(44)} median ${fmt(median(samples), unit).padStart(9)}  p95 ${fmt(p95(samples), unit).padStart(9)}  budget ${budgetText}${baselines ? `  | ${baselines}` : ''}`,
  );
}

/**
 * Opens `url` in `page`: when its first row entered the DOM and when it was painted (observed in the page).
 * Told by a console message, not polled: Playwright's polling first evaluates its own injected script in the
 * page (14–20 ms of main thread), which landed inside the start-up of whichever page was still loading.
 */
async function openAndTimeFirstRow(page, url) {
  const painted = page.waitForEvent('console', {
    predicate: (message) => message.text() === firstRowMessage,
    timeout: 120_000,
  });
  await page.goto(url);
  await painted;
  return page.evaluate(() => ({ ...window.__firstRow, frameAt: performance.timeOrigin + window.__firstRow.frame }));
}

async function importBackup(file) {
  const page = await context.newPage();
  await page.goto(panelUrl);
  await page.getByRole('tab', { name: '设置' }).click();
  await page.getByRole('radio', { name: /跳过/ }).check();
  await page.getByLabel('导入备份').setInputFiles(file);
  await page.getByText(/^导入完成/).waitFor({ timeout: 600_000 });
  await page.close();
}

const editors = [
  {
    name: 'textarea',
    path: '/fixtures/editors/text-fields.html',
    focus: (page) => page.getByRole('textbox', { name: '正文' }).click(),
    clear: (page) => page.evaluate(() => (document.querySelector('textarea[name=body]').value = '')),
    // `root` in the page: where to look for the text (a textarea is read through its value).
    read: () => document.querySelector('textarea[name=body]').value,
    watch: () => document.querySelector('textarea[name=body]'),
  },
  {
    name: 'contenteditable',
    path: '/fixtures/editors/contenteditable.html',
    focus: (page) => page.getByRole('textbox', { name: '意见', exact: true }).click(),
    clear: (page) => page.evaluate(() => (document.querySelector('#opinion').innerHTML = '<p><br></p>')),
    read: () => document.querySelector('#opinion').textContent,
    watch: () => document.querySelector('#opinion'),
  },
  {
    name: 'TinyMCE',
    ready: true,
    path: '/fixtures/editors/tinymce.html',
    focus: (page) => page.frameLocator('iframe').locator('body').click(),
    clear: (page) => page.evaluate(() => window.tinymce.activeEditor.setContent('')),
    read: () => document.querySelector('iframe').contentDocument.body.textContent,
    watch: () => document.querySelector('iframe').contentDocument.body,
  },
  {
    name: 'Quill',
    ready: true,
    path: '/fixtures/editors/quill.html',
    focus: (page) => page.locator('.ql-editor').click(),
    clear: (page) => page.evaluate(() => window.quill.setText('')),
    read: () => document.querySelector('.ql-editor').textContent,
    watch: () => document.querySelector('.ql-editor'),
  },
];

try {
  // 2. Warm open with 50 drafts, beside a static page, React alone and React + Dexie, interleaved.
  const tab = await context.newPage();
  if (measures('open')) await warmOpen(tab);

  // 3. 10,000 drafts, imported through the product's own backup import.
  if (['drafts', 'typing', 'insert'].some(measures)) await importBackup(backupFile);
  if (measures('drafts')) await manyDrafts(tab);
  // That panel holds the built index and catches up with every draft the next parts save (a 1 MB body,
  // each insertion's text), on the main thread all the extension's pages share: a second panel's work,
  // not the part measured. The next parts each open their own page, as a user has one panel.
  await tab.goto('about:blank');

  // 6. Typing, against the browser's own textarea holding the same text.
  if (measures('typing')) await typing();

  // 7. Insertion from the panel into real editors on a page.
  if (measures('insert')) for (const editor of editors) await insertInto(editor);

  // 8. The search index alone against a naive scan (the earlier benchmark, same corpus generator).
  if (measures('index')) searchBench = await searchIndexAlone(tab);
  results.searchIndex = searchBench;
  await tab.close();
} finally {
  await context.close();
  await server.close();
  rmSync(tmp, { recursive: true, force: true });
}

load.push(loadavg()[0]);
results.loadAverage = load;
results.metrics = metrics;
mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, 'results.json'), `${JSON.stringify(results, null, 1)}\n`);
console.log(
  `\n${metrics.filter((m) => m.ok).length}/${metrics.length} ok · ${cpus().length} cores, load average ${load.map((l) => l.toFixed(1)).join(' → ')} · ${join(outDir, 'results.json')}`,
);
if (searchBench) printSearchBench(searchBench);

/** Warm open with 50 drafts, beside a static page, React alone and React + Dexie, interleaved. */
async function warmOpen(tab) {
  await importBackup(smallBackupFile);
  const openPages = {
    static: extUrl('bench/pages/static.html'),
    react: extUrl('bench/pages/react.html'),
    reactDexie: extUrl('bench/pages/react-dexie.html'),
    panel: panelUrl,
  };
  const opens = Object.fromEntries(Object.keys(openPages).map((key) => [key, []]));
  const inDom = Object.fromEntries(Object.keys(openPages).map((key) => [key, []]));
  let scriptBytes = null;
  for (let i = 0; i <= runs; i++) {
    for (const [key, url] of Object.entries(openPages)) {
      const requests = [];
      const onRequest = (request) => requests.push(request);
      tab.on('request', onRequest);
      const row = await openAndTimeFirstRow(tab, url);
      tab.off('request', onRequest);
      // Requests made before the frame showing the first row began (its animation frame callback). The
      // editor's chunk, fetched once that frame is painted, raced the message that times the paint (one
      // run counted it, 7 KB); it is not before the first render.
      const requested = requests
        .filter((request) => request.timing().startTime <= row.frameAt)
        .map((request) => request.url());
      if (i > 0) {
        // the first round warms the caches
        opens[key].push(row.painted);
        inDom[key].push(row.inDom);
      }
      if (key === 'panel' && scriptBytes === null) scriptBytes = scriptsBefore(requested);
    }
  }
  const rd = median(opens.reactDexie);
  report('warm open → draft list painted (50 drafts)', opens.panel, {
    value: median(opens.panel),
    budget: 1.3 * rd,
    budgetText: `median ≤ 1.3 × React+Dexie = ${fmt(1.3 * rd)}`,
    baselines: `static ${fmt(median(opens.static))}, React ${fmt(median(opens.react))}, React+Dexie ${fmt(rd)}; first row in the DOM: panel ${fmt(median(inDom.panel))}, React+Dexie ${fmt(median(inDom.reactDexie))}`,
  });
  report('JavaScript before first render (gzip)', [scriptBytes.total / 1024], {
    value: scriptBytes.total / 1024,
    budget: 150,
    budgetText: '≤ 150 KB',
    unit: 'KB',
    baselines: scriptBytes.files.map((f) => `${f.name} ${(f.gzip / 1024).toFixed(0)}`).join(', '),
  });
}

/** 10,000 drafts: first rows, long tasks while the index builds, search keystrokes, heap. */
async function manyDrafts(tab) {
  const firstRows = [];
  const longestTasks = [];
  const indexReady = [];
  const longestAtStart = [];
  for (let i = 0; i < Math.max(3, Math.ceil(runs / 3)); i++) {
    const { painted } = await openAndTimeFirstRow(tab, panelUrl);
    firstRows.push(painted);
    const ready = await indexReadyAt(tab);
    indexReady.push(ready);
    const tasks = await tab.evaluate((until) => window.__longTasks.filter((t) => t.start <= until), ready);
    // The budget is for the build, which starts once the first rows are painted. Tasks before that (the
    // navigation's own commit, the first layout) are the start-up, timed by the first-rows line; shown beside.
    longestTasks.push(Math.max(0, ...tasks.filter((t) => t.start >= painted).map((t) => t.duration)));
    longestAtStart.push(Math.max(0, ...tasks.filter((t) => t.start < painted).map((t) => t.duration)));
  }
  report(`open with ${draftCount} drafts → first rows visible`, firstRows, {
    value: median(firstRows),
    budget: 500,
    budgetText: 'median ≤ 500 ms',
    baselines: `search index ready at ${fmt(median(indexReady))}`,
  });
  report('  longest task while the index builds', longestTasks, {
    value: Math.max(...longestTasks),
    budget: 50,
    budgetText: 'every run ≤ 50 ms',
    baselines: `before the first rows (start-up): ${longestAtStart.map((ms) => fmt(ms)).join(', ')}`,
  });

  // Search keystrokes in the same panel (index built).
  const keystrokes = await searchKeystrokes(tab);
  report(`搜索草稿 keystroke → list updated (${draftCount})`, keystrokes, {
    value: p95(keystrokes),
    budget: 30,
    budgetText: 'p95 ≤ 30 ms',
  });

  // Heap of that panel.
  const heap = await heapMb(tab);
  report(`panel JS heap with ${draftCount} drafts`, [heap], {
    value: heap,
    budget: 80,
    budgetText: '≤ 80 MB',
    unit: 'MB',
    baselines: `text stored ${((backup.drafts.reduce((n, d) => n + d.body.length + d.title.length, 0) * 2) / 2 ** 20).toFixed(1)} MB as UTF-16`,
  });
}

/** Typing, against the browser's own textarea holding the same text. */
async function typing() {
  for (const [label, chars, budget] of [
    ['20,000-character', 20_000, 'p95'],
    ['1 MB', 1_000_000, 'ratio'],
  ]) {
    const text = proseOf(chars);
    const plain = await typingPlain(text);
    const panel = await typingPanel(text);
    if (budget === 'p95')
      report(`typing in a ${label} draft, key → next frame`, panel, {
        value: p95(panel),
        budget: 16,
        budgetText: 'p95 ≤ 16 ms',
        baselines: `plain textarea p95 ${fmt(p95(plain))}`,
      });
    else
      report(`typing in a ${label} draft, key → next frame`, panel, {
        value: median(panel),
        budget: 1.2 * median(plain),
        budgetText: `median ≤ 1.2 × plain textarea = ${fmt(1.2 * median(plain))}`,
        baselines: `plain textarea median ${fmt(median(plain))}`,
      });
  }
}

async function insertInto(editor) {
  const { inEditor, confirmed } = await insertion(editor);
  report(`insert, ${editor.name}: click → text in editor`, inEditor, {
    value: p95(inEditor),
    budget: 50,
    budgetText: 'p95 ≤ 50 ms',
    baselines: `confirmation in the panel p95 ${fmt(p95(confirmed))} (≤ 100 ms: ${p95(confirmed) <= 100 ? 'ok' : 'MISS'})`,
  });
  metrics.at(-1).ok &&= p95(confirmed) <= 100;
}

/** The page computes at load, so wait for its result, not for its load event. */
async function searchIndexAlone(tab) {
  await tab.goto(extUrl(`bench/index.html?drafts=${draftCount}`), { waitUntil: 'commit' });
  return tab
    .waitForFunction(() => globalThis.benchResult, null, { timeout: 600_000, polling: 1000 })
    .then((h) => h.jsonValue())
    .catch((error) => console.error(`search index bench: ${error.message}`));
}

/** Scripts the page requested until its first row was painted, gzipped as they are on disk. */
function scriptsBefore(urls) {
  const files = [...new Set(urls.map((url) => new URL(url).pathname).filter((path) => path.endsWith('.js')))].map(
    (path) => ({
      name: path.replace(/^\/(chunks|assets)\//, '').replace(/-[\w-]{8}\.js$/, '.js'),
      gzip: gzipSync(readFileSync(join(extensionDir, path))).length,
    }),
  );
  return { files, total: files.reduce((sum, f) => sum + f.gzip, 0) };
}

/** When the panel's search index finished building (a User Timing mark the index sets). */
function indexReadyAt(page) {
  return page
    .waitForFunction(() => performance.getEntriesByName('wenshu:search-index-ready')[0]?.startTime, null, {
      polling: 100,
      timeout: 300_000,
    })
    .then((handle) => handle.jsonValue());
}

/** Types queries one character at a time; each sample is input event → first frame after the list changed. */
async function searchKeystrokes(page) {
  const samples = [];
  const search = page.getByRole('searchbox', { name: '搜索草稿' });
  // Three passes, 48 keystrokes: the p95 of one pass's 16 was their maximum, one hiccup of the machine.
  const queries = ['国务院', '安全生产', '教育部', '通知', '人民政府'];
  for (const query of [...queries, ...queries, ...queries]) {
    for (let end = 1; end <= query.length; end++) {
      await page.waitForTimeout(120); // a typist's pause, so one keystroke's work does not queue behind another's
      samples.push(
        await search.evaluate(
          (input, value) =>
            new Promise((done) => {
              const list = document.querySelector('.draft-scroller');
              const started = performance.now();
              const observer = new MutationObserver(() => {
                observer.disconnect();
                requestAnimationFrame(() => done(performance.now() - started));
              });
              observer.observe(list, { subtree: true, childList: true, characterData: true });
              setTimeout(() => {
                observer.disconnect();
                done(5000);
              }, 5000);
              Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(input, value);
              input.dispatchEvent(new Event('input', { bubbles: true }));
            }),
          query.slice(0, end),
        ),
      );
    }
    await search.fill('');
    await page.locator('.draft-item mark').first().waitFor({ state: 'detached' });
  }
  return samples;
}

async function heapMb(page) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  // Typed arrays keep their contents outside the V8 heap (the packed search postings): counted too.
  const { usedSize, backingStorageSize = 0 } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return (usedSize + backingStorageSize) / 2 ** 20;
}

/**
 * Key → the frame after it, for `keys` keystrokes at a fast typist's pace, in the focused textarea. Sixty:
 * the p95 of thirty was their second largest, so one hiccup of the machine decided the 20,000-character line.
 */
async function typeAndMeasure(page, field, keys = 60) {
  await field.evaluate((area) => {
    area.focus();
    area.setSelectionRange(area.value.length, area.value.length);
    window.__typing = [];
    area.addEventListener('keydown', (event) => {
      const started = event.timeStamp;
      requestAnimationFrame(() => {
        const channel = new MessageChannel(); // runs after the frame is produced
        channel.port1.onmessage = () => window.__typing.push(performance.now() - started);
        channel.port2.postMessage(null);
      });
    });
  });
  for (let i = 0; i < keys; i++) {
    await page.keyboard.press(i % 5 === 4 ? 'Space' : 'a');
    await page.waitForTimeout(60);
  }
  await page.waitForFunction((n) => window.__typing.length >= n, keys);
  return page.evaluate(() => window.__typing);
}

/** Sets a (possibly 1 MB) value as one input event, as a paste would: faster than typing it via CDP. */
function setValue(field, text) {
  return field.evaluate((area, value) => {
    Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value').set.call(area, value);
    area.dispatchEvent(new Event('input', { bubbles: true }));
  }, text);
}

async function typingPlain(text) {
  const page = await context.newPage();
  await page.goto(extUrl('bench/pages/textarea.html'));
  const field = page.getByRole('textbox', { name: '正文' });
  await setValue(field, text);
  const samples = await typeAndMeasure(page, field);
  await page.close();
  return samples;
}

/** A new empty draft open in `panel`, which may have reopened the last draft. */
async function newDraft(panel) {
  const body = panel.getByRole('textbox', { name: '正文', exact: true });
  const create = panel.getByRole('button', { name: '新建草稿' });
  await create.or(body).first().waitFor({ timeout: 120_000 });
  if (await body.isVisible()) await panel.getByRole('button', { name: /返回/ }).click();
  await create.click();
  await body.waitFor();
  return body;
}

async function typingPanel(text) {
  const page = await context.newPage();
  await page.goto(panelUrl);
  const field = await newDraft(page);
  await setValue(field, text);
  await page
    .getByRole('status')
    .filter({ hasText: /^已保存$/ })
    .waitFor({ timeout: 60_000 });
  const samples = await typeAndMeasure(page, field);
  await page.close();
  return samples;
}

async function openPanelWindow() {
  const opened = context.waitForEvent('page', (page) => page.url().startsWith(panelUrl));
  await worker.evaluate(
    (url) => chrome.windows.create({ url, type: 'popup', width: 440, height: 900 }).then(() => undefined),
    panelUrl,
  );
  const panel = await opened;
  await newDraft(panel);
  return panel;
}

/** Click on 插入到网页 → the text in the page's editor, and → the panel's confirmation (one clock: epoch ms). */
async function insertion(editor) {
  const page = await context.newPage();
  await page.goto(server.url(editor.path));
  if (editor.ready) await page.waitForFunction(() => window.editorReady === true);
  const panel = await openPanelWindow();
  const body = panel.getByRole('textbox', { name: '正文', exact: true });
  const inEditor = [];
  const confirmed = [];
  // At least 20 timed insertions: the p95 of 10 samples is their maximum, one hiccup of the machine.
  for (let i = 0; i <= Math.max(runs, 20); i++) {
    const marker = `第${i}次插入测试`;
    await body.fill(`关于做好年度总结工作的通知\n各科室：\n一、总体要求\n${marker}，按时报送。`);
    await editor.clear(page);
    await editor.focus(page);
    const landed = page.evaluate(
      ({ marker, read, watch }) => {
        const readText = new Function(`return (${read})()`);
        const target = new Function(`return (${watch})()`)();
        return new Promise((done) => {
          const check = () => {
            if (!String(readText()).includes(marker)) return;
            observer.disconnect();
            done(performance.timeOrigin + performance.now());
          };
          const observer = new MutationObserver(check);
          observer.observe(target, { subtree: true, childList: true, characterData: true });
          target.addEventListener('input', check);
        });
      },
      { marker, read: editor.read.toString(), watch: editor.watch.toString() },
    );
    const answer = panel.evaluate(
      () =>
        new Promise((done) => {
          let clickedAt = 0;
          document.addEventListener('click', () => (clickedAt = performance.timeOrigin + performance.now()), {
            capture: true,
            once: true,
          });
          const observer = new MutationObserver(() => {
            const outcome = document.querySelector('[aria-busy="false"]:is([role="status"], [role="alert"])');
            if (!clickedAt || !outcome?.textContent) return;
            observer.disconnect();
            done({ clickedAt, confirmedAt: performance.timeOrigin + performance.now(), text: outcome.textContent });
          });
          observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
        }),
    );
    await panel.getByRole('button', { name: '插入到网页', exact: true }).click();
    const { clickedAt, confirmedAt, text } = await answer;
    if (!text.startsWith('已插入到网页')) throw new Error(`${editor.name}: ${text}`);
    const landedAt = await landed;
    if (i > 0) {
      inEditor.push(landedAt - clickedAt);
      confirmed.push(confirmedAt - clickedAt);
    }
  }
  await panel.close();
  await page.close();
  return { inEditor, confirmed };
}

function printSearchBench(result) {
  const fmt2 = (ms) => (ms === null ? '—' : ms.toFixed(2));
  console.log(`\nSearch index alone over ${result.count} synthetic drafts (~2,000 characters each)`);
  console.log(`index build: ${result.buildMs.toFixed(0)} ms (in one go, in this bench page)\n`);
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
        fmt2(t.medianMs).padStart(14) +
        fmt2(t.maxMs).padStart(11) +
        fmt2(t.naiveMs).padStart(12) +
        ratio.padStart(10) +
        String(t.hits).padStart(7),
    );
  }
  console.log(`draft list (5,000 rows, empty query and "工作"): ${result.listMs.toFixed(2)} ms median`);
  console.log(
    `1 MB draft: indexed in ${result.hugePutMs.toFixed(0)} ms, searched in ${result.hugeSearchMs.toFixed(2)} ms (${result.hugeHits} hit)`,
  );
}
