import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, requestsLeavingMachine, type ExtensionSession } from '../fixtures/launch-extension';
import { DraftsPage } from '../pages/drafts-page';
import { PolishPage } from '../pages/polish-page';
import { fakeShard, writeFakeModelFolder } from './fake-model-folder';
import { serveModelMirror, type ModelMirror } from './model-mirror-server';
import { grantSiteAccess } from './site-access';
import { webLlmCachedUrls } from './webllm-cache';

// The shipped build and the real WebLLM worker, as in polish-mirror-source.spec.ts: a mirror that serves
// a damaged shard must not get it into the cache. The mirror reads its files from disk on every request,
// so the test damages and repairs the shard in place.
const modelId = 'Qwen2.5-1.5B-Instruct-q4f32_1-MLC';
const lib = 'Qwen2-1.5B-Instruct-q4f32_1_cs1k-webgpu.wasm';
const shardPath = `/models/${modelId}/resolve/main/params_shard_1.bin`;

let session: ExtensionSession;
let mirror: ModelMirror;
let folder: string;
beforeAll(async () => {
  folder = await writeFakeModelFolder(modelId, lib);
  mirror = await serveModelMirror(folder, modelId, lib);
  session = await launchExtension({ extraArgs: ['--enable-unsafe-webgpu'] });
});
afterAll(async () => {
  await session?.close();
  await mirror?.close();
});

describe('a mirror serving a damaged model file', () => {
  it('names the file, caches nothing unverified, and takes the repaired file afterwards', async () => {
    const page = await session.context.newPage();
    await page.goto(session.panelUrl);
    const drafts = new DraftsPage(page);
    const polish = new PolishPage(page);
    await drafts.create('镜像校验', '　　请各单位按时报送材料。');
    await grantSiteAccess(session, mirror.origin);
    await drafts.button('润色').click();
    await polish.engine().selectOption('webgpu');
    await polish.model().selectOption('qwen2.5-1.5b');
    await polish.openModelManagement();
    await polish.sourceUrl().fill(mirror.baseUrl);
    await polish.button('使用此地址').click();
    await expect.poll(() => polish.status().allTextContents()).toContain('模型来源已保存。');

    for (const damaged of [Buffer.alloc(40), Buffer.alloc(48, 1)]) {
      await writeFile(join(folder, 'params_shard_1.bin'), damaged);
      const asked = mirror.received.length;
      await polish.button('开始润色').click();
      // The click clears the last attempt's message at once (the next one has the same words), and this
      // attempt's own request for the damaged shard is seen before its message is read.
      expect(await polish.alert().count()).toBe(0);
      await expect
        .poll(() => mirror.received.slice(asked).some(({ url }) => url === shardPath), { timeout: 30_000 })
        .toBe(true);
      await expect
        .poll(() => polish.alert().allTextContents(), { timeout: 30_000 })
        .toEqual([
          expect.stringMatching(
            /^模型文件 params_shard_1\.bin 未通过校验（大小或校验值与清单不符），没有存入。 请检查模型来源上的这个文件，或换一个来源后重试。详情Error: integrity: params_shard_1\.bin: /,
          ),
        ]);
      const cached = await webLlmCachedUrls(page);
      expect(cached.filter((url) => url.endsWith('params_shard_1.bin') || url.endsWith('tensor-cache.json'))).toEqual(
        [],
      );
      // WebLLM never ran: no config or library was fetched.
      expect(mirror.received.filter(({ url }) => url.endsWith('mlc-chat-config.json'))).toEqual([]);
    }
    // The good shard 0 was verified and kept: a retry does not fetch it again.
    expect(mirror.received.filter(({ url }) => url.endsWith('params_shard_0.bin'))).toHaveLength(1);

    await writeFile(join(folder, 'params_shard_1.bin'), fakeShard());
    const before = mirror.received.length;
    await polish.button('开始润色').click();
    // Verification passes and WebLLM takes over; the made-up weights then fail in the TVM runtime, as
    // in polish-mirror-source.spec.ts (the panel clears a model that cannot load).
    await expect
      .poll(() => polish.alert().allTextContents(), { timeout: 30_000 })
      .toEqual([expect.stringContaining('模型文件已损坏，已清除。')]);
    const after = mirror.received.slice(before).map(({ url }) => url);
    expect(after).toEqual(expect.arrayContaining([shardPath, `/models/${modelId}/resolve/main/mlc-chat-config.json`]));
    expect(after.filter((url) => url.endsWith('params_shard_0.bin'))).toEqual([]);
    expect(requestsLeavingMachine(session.requests)).toEqual([]);
    await page.close();
  });

  it('logged no console errors', () => {
    expect(session.consoleErrors, 'console errors in pages').toEqual([]);
  });
});
