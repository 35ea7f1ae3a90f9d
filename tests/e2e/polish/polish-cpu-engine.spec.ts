import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectCleanSession } from '../fixtures/journey-setup';
import { launchExtension, type ExtensionSession } from '../fixtures/launch-extension';
import { writeTinyGguf } from '../fixtures/tiny-gguf.mjs';
import { DraftsPage } from '../pages/drafts-page';
import { PolishPage } from '../pages/polish-page';

// The production build, Chromium without any GPU switch: the real CPU engine (wllama) runs the tiny
// random-weight model written at test time. Its words are nonsense by construction; the flow is asserted.
let session: ExtensionSession;
let dir: string;
let modelPath: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'i14-cpu-'));
  modelPath = await writeTinyGguf(join(dir, 'wenshu-tiny-test.gguf'));
  session = await launchExtension();
});
afterAll(async () => {
  await session?.close();
  await rm(dir, { recursive: true, force: true });
});

const body = '很多工作要搞好，大家马上落实重点任务。';
const webRequests = () => session.requests.filter(({ url }) => /^(https?|wss?):/.test(url));

describe('polishing on the CPU engine, without a GPU', () => {
  it('imports a .gguf file, streams real inference into the review, stops where the screen was, runs again and unloads', async () => {
    const page = await session.openPanelTab();
    const drafts = new DraftsPage(page);
    const polish = new PolishPage(page);
    await drafts.create('处理器润色', body);
    await drafts.button('润色').click();

    // No GPU here: the CPU engine is chosen and says why; nothing to run yet, so 开始润色 says what to do.
    await expect.poll(() => polish.view().textContent()).toContain('这台电脑没有可用的显卡加速，改用处理器运行模型');
    expect(await page.getByRole('combobox', { name: '润色引擎' }).inputValue()).toBe('auto');
    expect(await polish.button('开始润色').isDisabled()).toBe(true);
    expect(await polish.view().textContent()).toContain('请先下载或导入模型，再开始润色。');
    // The extension pages are cross-origin isolated (manifest COOP/COEP), so llama.cpp may run threads: half
    // the logical cores, up to 8. With fewer than 4 cores one thread, and the panel says why.
    const { isolated, cores } = await page.evaluate(() => ({
      isolated: crossOriginIsolated,
      cores: navigator.hardwareConcurrency,
    }));
    expect(isolated).toBe(true);
    const threads = Math.min(8, Math.floor(cores / 2));
    const threadsNote =
      threads > 1
        ? `处理器引擎：多线程（${threads} 个线程）`
        : '处理器引擎：单线程（这台电脑的处理器核心较少，多线程反而更慢）';
    expect(await polish.view().textContent()).toContain(threadsNote);

    await polish.openModelManagement();
    await page.getByLabel('导入模型文件').setInputFiles(modelPath);
    await expect
      .poll(() => polish.status().allTextContents())
      .toContain('已导入 wenshu-tiny-test（0.4 MB），可离线使用。');
    await expect.poll(() => polish.model().inputValue()).toBe('wenshu-tiny-test');
    await expect
      .poll(() => page.getByRole('list', { name: '已下载的模型' }).textContent())
      .toContain('已导入：wenshu-tiny-test');

    // First run: watch the prompt being read and the words arriving (with the count of tokens shown), then
    // stop mid-paragraph. The list goes once the run has stopped, so the observer keeps what it showed.
    await page.evaluate(() => {
      const seen: string[] = [];
      const tokens: number[] = [];
      Object.assign(window, { seen, tokens });
      new MutationObserver(() => {
        const text = document.querySelector('ol.stream')?.textContent;
        if (text) seen.push(text);
        const item = document.querySelector<HTMLElement>('ol.stream li');
        if (item) tokens.push(Number(item.dataset.tokens));
      }).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
    });
    await polish.button('开始润色').click();
    const stream = page.getByRole('list', { name: '润色结果（逐段）' }).getByRole('listitem').first();
    const written = async () => {
      const text = (await stream.textContent()) ?? '';
      return text.startsWith('正在读取') ? 0 : text.length;
    };
    await expect.poll(written, { timeout: 60_000 }).toBeGreaterThan(6);
    // Streamed: the paragraph grows piece by piece, more than three states painted before the stop. Waited
    // for, not assumed: on a loaded machine several pieces can arrive within one frame and paint together.
    const distinctOutputs = () =>
      page.evaluate(
        () =>
          new Set(
            (window as unknown as { seen: string[] }).seen.filter((text) => text !== '…' && !/正在读取/.test(text)),
          ).size,
      );
    await expect.poll(distinctOutputs, { timeout: 60_000 }).toBeGreaterThan(3);
    // What is on screen at the click, read in the same task as the click itself.
    const atStop = await page.evaluate(() => {
      const item = document.querySelector<HTMLElement>('ol.stream li');
      const shown = { text: item?.firstChild?.textContent ?? '', tokens: Number(item?.dataset.tokens) };
      [...document.querySelectorAll('button')].find((button) => button.textContent === '停止')?.click();
      return shown;
    });
    await expect.poll(() => polish.view().textContent()).toContain('已停止：1 段未完成，保留原文。');
    const { seen, tokens } = await page.evaluate(() => {
      const shown = window as unknown as { seen: string[]; tokens: number[] };
      return { seen: shown.seen, tokens: shown.tokens };
    });
    const tokensAfter = Math.max(...tokens);
    expect(seen.some((text) => /正在读取本段提示：\d+%/.test(text))).toBe(true);
    const stoppedNote = /已停止，此段保留原文。$/;
    const lastOutput = (seen.at(-1) ?? '').replace(stoppedNote, '');
    // After 停止 the paragraph stopped growing: it keeps exactly what was on screen at the click, even a
    // piece that had arrived just before it but was not yet painted (unit test: use-polish-run.test.ts).
    expect(atStop.tokens).toBeGreaterThan(0);
    expect(lastOutput).toBe(atStop.text);
    expect(tokensAfter).toBe(atStop.tokens);

    // Second run: to the end, into the review; the measured speed replaces the estimate.
    await polish.button('开始润色').click();
    await expect.poll(() => polish.review().isVisible(), { timeout: 60_000 }).toBe(true);
    expect(await polish.change(1).count()).toBe(1);
    await expect.poll(() => polish.view().textContent()).toMatch(/本机实测：每秒约 [\d.]+ 个词元。/);
    // Now the engine says what really runs: wllama's own thread count, not the page's expectation.
    expect(await polish.view().textContent()).toContain(threadsNote);
    await polish.button('全部接受').click();
    await expect
      .poll(() => polish.status().allTextContents())
      .toContainEqual(expect.stringContaining('已保存为“润色”版本'));

    // 卸载模型 ends the engine worker; the file stays in the cache.
    const cpuWorkers = () => page.workers().filter((worker) => worker.url().includes('cpu-engine-worker'));
    expect(cpuWorkers()).toHaveLength(1);
    await polish.button('卸载模型').click();
    await expect.poll(() => cpuWorkers().length).toBe(0);
    await expect.poll(() => polish.status().allTextContents()).toContain('模型已下载到本机。');

    // Not one request to any web server: import, load, inference and review all stayed in the browser.
    expect(webRequests()).toEqual([]);
    await page.close();
    // Two real inference runs (up to 118 tokens each) on a 2-core machine shared with other Chromiums.
  }, 120_000);

  it('deletes the imported model, leaving nothing of it in the cache', async () => {
    const page = await session.openPanelTab();
    const polish = new PolishPage(page);
    await polish.open();
    await polish.openModelManagement();
    await polish.deleteOnlyModel('已导入：wenshu-tiny-test');
    const left = await page.evaluate(async () => (await (await caches.open('wenshu/gguf')).keys()).length);
    expect(left).toBe(0);
    expect(await polish.button('开始润色').isDisabled()).toBe(true);
    await page.close();
  });

  it('logged no console errors and sent nothing off this machine', () => {
    expect(webRequests()).toEqual([]);
    expectCleanSession(session);
  });
});
