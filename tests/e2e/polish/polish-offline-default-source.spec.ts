import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  launchExtension,
  requestsCarrying,
  requestsLeavingMachine,
  type ExtensionSession,
} from '../fixtures/launch-extension';
import { DraftsPage } from '../pages/drafts-page';
import { PolishPage } from '../pages/polish-page';

// The shipped build with the real WebLLM worker, the DEFAULT model source and the network down: every
// request that is not for this machine is aborted as ERR_INTERNET_DISCONNECTED.
const title = '白鹭湾水库汛期值守安排';
const body = '　　白鹭湾水库汛期值守由第三班组负责，请于七月一日前完成闸门联调。';
const draftTexts = [title, body.trim(), '白鹭湾', '闸门联调', '第三班组'];
const loopback = new Set(['127.0.0.1', 'localhost', '[::1]']);

let session: ExtensionSession;
const aborted: string[] = [];
const failed: string[] = [];
beforeAll(async () => {
  session = await launchExtension({ extraArgs: ['--enable-unsafe-webgpu'] });
  session.context.on('requestfailed', (request) => failed.push(`${request.url()} ${request.failure()?.errorText}`));
  await session.context.route(
    (url) => (url.protocol === 'http:' || url.protocol === 'https:') && !loopback.has(url.hostname),
    async (route) => {
      aborted.push(route.request().url());
      await route.abort('internetdisconnected');
    },
  );
});
afterAll(async () => {
  await session?.close();
});

describe('polishing offline with the real engine and the default source', () => {
  it('says the model is not available offline and leaves the draft untouched', async () => {
    const page = await session.context.newPage();
    await page.goto(session.panelUrl);
    const drafts = new DraftsPage(page);
    const polish = new PolishPage(page);
    await drafts.create(title, body);
    await drafts.button('润色').click();
    await expect.poll(() => polish.view().textContent()).toContain(`润色对象：《${title}》全文`);
    // A software adapter only: 自动 would choose the CPU engine; this journey is about WebLLM's.
    await polish.engine().selectOption('webgpu');
    await polish.model().selectOption('qwen2.5-1.5b');
    await polish.openModelManagement();
    expect(await page.getByRole('group', { name: '模型来源' }).textContent()).toContain(
      '当前：默认来源（huggingface.co 和 raw.githubusercontent.com）。',
    );

    await polish.button('开始润色').click();
    // polishErrOffline + polishErrOfflineFix, with the browser's one-line reason.
    await expect
      .poll(() => polish.alert().allTextContents(), { timeout: 30_000 })
      .toEqual([
        '模型无法离线使用：本机没有完整的模型文件，也连不上模型来源。 请联网后下载模型，设置内网模型来源，或从文件夹导入模型。草稿未做任何更改。详情TypeError: Failed to fetch',
      ]);
    expect(await polish.button('开始润色').isEnabled()).toBe(true);

    await page.getByRole('tab', { name: '草稿' }).click();
    expect(await drafts.body().inputValue()).toBe(body);
    expect(await drafts.title().inputValue()).toBe(title);
    await page.close();
  });

  it('only tried the default source for model files, and no request carried the draft', () => {
    const outside = requestsLeavingMachine(session.requests);
    // The engine's module worker is visible to Playwright (request events and routing): what it tried
    // is exactly what the route aborted, and it failed for that reason, not for lack of DNS here.
    expect(outside.map(({ url }) => url)).toEqual(aborted);
    expect(failed).toEqual(aborted.map((url) => `${url} net::ERR_INTERNET_DISCONNECTED`));
    expect(outside.map(({ method, url }) => `${method} ${url}`)).toEqual([
      // The shards' manifest first: they are verified before anything reaches the cache.
      'GET https://huggingface.co/mlc-ai/Qwen2.5-1.5B-Instruct-q4f32_1-MLC/resolve/main/tensor-cache.json',
    ]);
    expect(requestsCarrying(session.requests, draftTexts)).toEqual([]);
  });

  it("logged no console errors: the failed fetch is the worker's, answered in the UI", () => {
    // Nothing to filter: the aborted fetch happens in the engine worker and WebLLM's rejection is
    // handled by the panel, so no page logs it. Any error here (CSP, an uncaught rejection) is a failure.
    expect(session.consoleErrors, 'console errors in pages').toEqual([]);
  });
});
