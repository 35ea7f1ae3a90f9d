import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectCleanSession } from '../fixtures/journey-setup';
import { writeTinyGguf } from '../fixtures/tiny-gguf.mjs';
import { DraftsPage } from '../pages/drafts-page';
import { PolishPage } from '../pages/polish-page';
import { usePolishJourney } from './use-polish-journey';

// An older Chromium shell (no JSPI): no Chromium switch removes JSPI, so the test build's `?wasm=compat`
// hides it from the panel and the engine worker. wllama then really runs its compat build (Asyncify,
// 32-bit memory), which must come from inside the extension, never from wllama's default CDN.
const journey = usePolishJourney({ webgpu: false });
let dir: string;
let modelPath: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 's14-compat-'));
  modelPath = await writeTinyGguf(join(dir, 'wenshu-tiny-test.gguf'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const compatNote = '这个浏览器较旧，使用兼容版运行，速度较慢；新版 Chrome 或 Edge 更快。';

describe('the CPU engine in a browser without JSPI', () => {
  it('runs the compat build bundled in the extension: imports, polishes to the review, and says it is slower', async () => {
    const { session } = journey;
    const page = await session.openPanelTab();
    await page.goto(`${session.panelUrl}?wasm=compat`);
    const drafts = new DraftsPage(page);
    const polish = new PolishPage(page);
    await drafts.create('兼容版润色', '很多工作要搞好，大家马上落实。');
    await drafts.button('润色').click();
    await expect.poll(() => polish.view().textContent()).toContain(compatNote);

    await polish.openModelManagement();
    await page.getByLabel('导入模型文件').setInputFiles(modelPath);
    await expect.poll(() => polish.model().inputValue()).toBe('wenshu-tiny-test');
    await polish.button('开始润色').click();
    await expect.poll(() => polish.review().isVisible(), { timeout: 90_000 }).toBe(true);
    // The build named now is the one wllama reports it loaded, not the panel's expectation.
    expect(await polish.view().textContent()).toContain(compatNote);
    expect(await polish.button('卸载模型').isVisible()).toBe(true);

    // The compat files came from inside the extension: not one web request, to a CDN or anywhere else.
    expect(session.requests.filter(({ url }) => /^(https?|wss?):/.test(url))).toEqual([]);
    await page.close();
  }, 150_000);

  it('logged no console errors and sent nothing off this machine', () => {
    expectCleanSession(journey.session);
  });
});
