import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  launchExtension,
  requestsCarrying,
  requestsLeavingMachine,
  type ExtensionSession,
} from '../fixtures/launch-extension';
import { DraftsPage } from '../pages/drafts-page';
import { PolishPage } from '../pages/polish-page';
import { writeFakeModelFolder } from './fake-model-folder';
import { serveModelMirror, type ModelMirror } from './model-mirror-server';
import { grantSiteAccess } from './site-access';

// The shipped build (`npx wxt build`: the fake engine is not even bundled) with a software WebGPU
// adapter. The real WebLLM worker downloads a made-up model from a mirror on 127.0.0.1 and fails where
// real weights and a real model library are needed (the TVM runtime), which is expected here.
const modelId = 'Qwen2.5-1.5B-Instruct-q4f32_1-MLC';
const lib = 'Qwen2-1.5B-Instruct-q4f32_1_cs1k-webgpu.wasm';
const title = '青石港区试点通知';
const body = '　　关于推进青石港区智慧物流试点的专项通知，请各单位于本月底前报送进展。';
const draftTexts = [title, body.trim(), '青石港区', '智慧物流', '报送进展'];

let session: ExtensionSession;
let mirror: ModelMirror;
beforeAll(async () => {
  mirror = await serveModelMirror(await writeFakeModelFolder(modelId, lib), modelId, lib);
  session = await launchExtension({ extraArgs: ['--enable-unsafe-webgpu'] });
});
afterAll(async () => {
  await session?.close();
  await mirror?.close();
});

describe('polishing with the real engine and a mirror as the model source', () => {
  it('fetches only model files from the mirror, never the draft, and explains the failed load plainly', async () => {
    const page = await session.context.newPage();
    await page.goto(session.panelUrl);
    const drafts = new DraftsPage(page);
    const polish = new PolishPage(page);
    await drafts.create(title, body);

    // Headless Chromium never answers the permission prompt; the user grants the site in Chrome's
    // settings instead, and the product's own permissions.request then resolves without a prompt.
    await grantSiteAccess(session, mirror.origin);
    await drafts.button('润色').click();
    await expect.poll(() => polish.view().textContent()).toContain(`润色对象：《${title}》全文`);
    // A software adapter only: 自动 would choose the CPU engine; this journey is about WebLLM's.
    await polish.engine().selectOption('webgpu');
    await polish.model().selectOption('qwen2.5-1.5b');
    await polish.openModelManagement();
    await polish.sourceUrl().fill(`${mirror.baseUrl}/`);
    await polish.button('使用此地址').click();
    await expect.poll(() => polish.status().allTextContents()).toContain('模型来源已保存。');
    const source = page.getByRole('group', { name: '模型来源' });
    expect(await source.textContent()).toContain(`当前：${mirror.baseUrl}`);
    const before = session.requests.length;

    await polish.button('开始润色').click();
    // One notice, beside the action that failed, in words, with the engine's one-line detail.
    await expect
      .poll(() => polish.alert().allTextContents(), { timeout: 30_000 })
      .toEqual([
        "模型文件已损坏，已清除。 请重新下载或重新导入模型。详情TypeError: Cannot read properties of undefined (reading 'buffer')",
      ]);
    expect(await polish.button('开始润色').isEnabled()).toBe(true);

    // What the mirror received: GETs for this model's files only; the shards' manifest and the shards
    // first (verified before WebLLM runs), then WebLLM's config and library.
    const received = mirror.received.map(({ method, url, body }) => ({ method, url, body }));
    expect(received.length).toBeGreaterThanOrEqual(5);
    for (const request of received) {
      expect(request.method).toBe('GET');
      expect(mirror.modelFilePaths).toContain(request.url);
      expect(request.body).toBe('');
    }
    const files = received.map(({ url }) => url.replace(`/models/${modelId}/resolve/main/`, ''));
    expect(files[0]).toBe('tensor-cache.json');
    expect(files.slice(1, 3).sort()).toEqual(['params_shard_0.bin', 'params_shard_1.bin']);
    expect(files.slice(3, 5)).toEqual(['mlc-chat-config.json', `/models/libs/${lib}`]);

    // What the browser sent (the engine's module worker included): the same requests, nothing else on
    // the web, and no request of the whole session carries the draft.
    const web = session.requests.slice(before).filter(({ url }) => !url.startsWith('chrome-extension:'));
    expect(web.map(({ url, method }) => `${method} ${url}`).sort()).toEqual(
      received.map(({ url, method }) => `${method} ${mirror.origin}${url}`).sort(),
    );
    expect(requestsLeavingMachine(session.requests)).toEqual([]);
    expect(requestsCarrying(session.requests, draftTexts)).toEqual([]);
    expect(
      received.filter(({ url, body }) =>
        draftTexts.some((text) => `${decodeURIComponent(url)}\n${body}`.includes(text)),
      ),
    ).toEqual([]);

    await page.getByRole('tab', { name: '草稿' }).click();
    expect(await drafts.body().inputValue()).toBe(body);
    expect(await drafts.title().inputValue()).toBe(title);
    await page.close();
  });

  it('logged no console errors', () => {
    expect(session.consoleErrors, 'console errors in pages').toEqual([]);
  });
});
