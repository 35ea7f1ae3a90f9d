import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectCleanSession } from '../fixtures/journey-setup';
import {
  launchExtension,
  requestsCarrying,
  requestsLeavingMachine,
  type ExtensionSession,
} from '../fixtures/launch-extension';
import { tinyGguf } from '../fixtures/tiny-gguf.mjs';
import { DraftsPage } from '../pages/drafts-page';
import { PolishPage } from '../pages/polish-page';
import { serveGgufMirror, type GgufMirror } from './gguf-mirror-server';
import { grantSiteAccess } from './site-access';

// The production build, Chromium without a GPU: the CPU engine downloads the recommended catalogue model
// from a mirror on 127.0.0.1. The mirror serves a tiny random-weight llama model (5.5 MB, so a download
// has somewhere to stop) under the catalogue file's name, and holds the body at a byte the test chooses:
// 取消下载 is pressed while the download is provably under way, never after a fixed time.
const repoPath = '/models/Qwen/Qwen2.5-1.5B-Instruct-GGUF/resolve/main/qwen2.5-1.5b-instruct-q4_k_m.gguf';
const modelName = 'Qwen2.5-1.5B-Instruct（Q4_K_M）';
const model = tinyGguf({ layers: 2, width: 256, heads: 4, feedForward: 512 });
const mib = 1024 * 1024;
const mb = (bytes: number) => `${(bytes / mib).toFixed(1)} MB`;
const title = '白鹭湾防汛值守安排';
const body = '　　请白鹭湾片区各单位落实汛期值守，每日报送水情。';

let session: ExtensionSession;
let mirror: GgufMirror;
beforeAll(async () => {
  mirror = await serveGgufMirror(repoPath, model);
  session = await launchExtension();
});
afterAll(async () => {
  await session?.close();
  await mirror?.close();
});

/** Bytes of the model's downloads in the GGUF cache: kept parts (no manifest yet) and complete files. */
const cacheState = (page: Page) =>
  page.evaluate(async () => {
    const cache = await caches.open('wenshu/gguf');
    let parts = 0;
    let manifests = 0;
    const blobs: Blob[] = [];
    for (const request of await cache.keys()) {
      if (request.url.endsWith('/manifest')) manifests++;
      else parts += (await (await cache.match(request))!.blob()).size;
    }
    for (let index = 0; ; index++) {
      const part = await cache.match(
        `https://gguf.wenshu.invalid/qwen2.5-1.5b-gguf/qwen2.5-1.5b-instruct-q4_k_m.gguf/part-${index}`,
      );
      if (!part) break;
      blobs.push(await part.blob());
    }
    const digest = await crypto.subtle.digest('SHA-256', await new Blob(blobs).arrayBuffer());
    const sha256 = [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
    return { parts, manifests, sha256 };
  });

/** Starts the download, lets the mirror send `held` bytes, and cancels once the panel shows them. */
async function downloadAndCancel(page: Page, polish: PolishPage, held: number, button: string) {
  mirror.hold(held);
  await polish.button(button).click();
  await expect
    .poll(() => page.getByRole('progressbar', { name: '下载进度' }).locator('xpath=..').textContent(), {
      timeout: 30_000,
    })
    .toContain(`${mb(held)} / ${mb(model.length)}`);
  await polish.button('取消下载').click();
}

/** A panel on 润色 with the model deleted, the mirror set to honour Range or not; `before` counts its requests so far. */
async function withoutModel({ acceptRanges }: { acceptRanges: boolean }) {
  const page = await session.openPanelTab();
  const polish = new PolishPage(page);
  await polish.open();
  await polish.openModelManagement();
  await polish.deleteOnlyModel(modelName);
  mirror.acceptRanges = acceptRanges;
  return { page, polish, before: mirror.received.length };
}

describe('downloading a CPU model: cancel, then resume from the bytes kept', () => {
  it('cancels mid-file, keeps what arrived without counting it as a model, and resumes with a Range request', async () => {
    const page = await session.openPanelTab();
    const drafts = new DraftsPage(page);
    const polish = new PolishPage(page);
    await drafts.create(title, body);
    await grantSiteAccess(session, mirror.origin);
    await drafts.button('润色').click();
    await expect.poll(() => polish.view().textContent()).toContain('改用处理器运行模型');
    await polish.openModelManagement();
    await polish.sourceUrl().fill(mirror.baseUrl);
    await polish.button('使用此地址').click();
    await expect.poll(() => polish.status().allTextContents()).toContain('模型来源已保存。');
    expect(await polish.model().inputValue()).toBe('qwen2.5-1.5b-gguf');

    await downloadAndCancel(page, polish, 2 * mib, '下载模型');
    await expect.poll(() => polish.status().allTextContents()).toContainEqual(expect.stringContaining('已取消下载'));
    const kept = (await cacheState(page)).parts;
    expect(await polish.status().allTextContents()).toContain(
      `已取消下载，已下载的 ${mb(kept)} 保留在本机，点“继续下载”从此处接着下载。`,
    );
    // What arrived before the click is kept (the mirror held the rest back) and is not a model yet.
    expect(kept).toBeGreaterThan(1.9 * mib);
    expect(kept).toBeLessThanOrEqual(2 * mib);
    expect((await cacheState(page)).manifests).toBe(0);
    expect(await page.getByText('本机还没有已下载的模型。').isVisible()).toBe(true);
    expect(await polish.button('开始润色').isDisabled()).toBe(true);
    expect(mirror.received.map(({ range, status }) => ({ range, status }))).toEqual([
      { range: 'bytes=0-', status: 206 },
    ]);

    mirror.hold(null);
    await polish.button('继续下载').click();
    await expect
      .poll(() => polish.status().allTextContents(), { timeout: 60_000 })
      .toContain('模型已就绪，可离线润色。');
    // One more request, for the rest only; llama.cpp loaded the file, which verified whole.
    const resumed = mirror.received[1];
    expect(mirror.received).toHaveLength(2);
    expect(resumed).toMatchObject({ method: 'GET', url: repoPath, range: `bytes=${kept}-`, status: 206 });
    expect(resumed.sent).toBe(model.length - kept);
    const stored = await cacheState(page);
    expect(stored.manifests).toBe(1);
    expect(stored.sha256).toBe(createHash('sha256').update(model).digest('hex'));
    expect(await page.getByRole('list', { name: '已下载的模型' }).textContent()).toContain(
      `${modelName} · ${mb(model.length)}`,
    );
    expect(await polish.button('开始润色').isEnabled()).toBe(true);
    expect(await polish.view().textContent()).not.toContain('模型来源不支持断点续传');

    expect(requestsLeavingMachine(session.requests)).toEqual([]);
    const web = session.requests.filter(({ url }) => /^(https?|wss?):/.test(url));
    expect(web.map(({ url }) => url)).toEqual([`${mirror.origin}${repoPath}`, `${mirror.origin}${repoPath}`]);
    expect(requestsCarrying(session.requests, [title, '白鹭湾', '汛期值守'])).toEqual([]);
    await page.close();
  }, 120_000);

  it('from a mirror without Range support, starts again from the beginning and says so', async () => {
    const { page, polish, before } = await withoutModel({ acceptRanges: false });

    await downloadAndCancel(page, polish, mib, '下载模型');
    await expect.poll(() => polish.status().allTextContents()).toContainEqual(expect.stringContaining('已取消下载'));
    const kept = (await cacheState(page)).parts;
    expect(kept).toBeGreaterThan(0);
    mirror.hold(null);
    await polish.button('继续下载').click();
    await expect
      .poll(() => polish.status().allTextContents(), { timeout: 60_000 })
      .toContain('模型已就绪，可离线润色。');
    expect(await polish.view().textContent()).toContain('模型来源不支持断点续传，已从头重新下载。');
    const [first, again] = mirror.received.slice(before);
    expect(first).toMatchObject({ range: 'bytes=0-', status: 200 });
    expect(again).toMatchObject({ range: `bytes=${kept}-`, status: 200, sent: model.length });
    const stored = await cacheState(page);
    expect(stored).toMatchObject({ parts: model.length, manifests: 1 });
    expect(stored.sha256).toBe(createHash('sha256').update(model).digest('hex'));
    await page.close();
  }, 120_000);

  it('cancelled before the first byte, says so and keeps nothing; 下载模型 then starts from the beginning', async () => {
    const { page, polish, before } = await withoutModel({ acceptRanges: true });

    // The mirror answers with its headers and holds the body at byte 0: the download is under way, empty.
    mirror.hold(0);
    await polish.button('下载模型').click();
    await expect.poll(() => mirror.received.length).toBe(before + 1);
    await expect.poll(() => page.getByRole('progressbar', { name: '下载进度' }).isVisible()).toBe(true);
    await polish.button('取消下载').click();
    await expect
      .poll(() => polish.status().allTextContents())
      .toContain('已取消下载，还没有收到任何数据，本机没有保留任何内容。');
    expect((await cacheState(page)).parts).toBe(0);
    expect(await polish.button('下载模型').isVisible()).toBe(true);

    mirror.hold(null);
    await polish.button('下载模型').click();
    await expect
      .poll(() => polish.status().allTextContents(), { timeout: 60_000 })
      .toContain('模型已就绪，可离线润色。');
    const again = mirror.received[before + 1];
    expect(again).toMatchObject({ range: 'bytes=0-', status: 206, sent: model.length });
    await page.close();
  }, 120_000);

  it('logged no console errors and sent nothing off this machine', () => {
    expect(requestsLeavingMachine(session.requests)).toEqual([]);
    expectCleanSession(session);
  });
});
