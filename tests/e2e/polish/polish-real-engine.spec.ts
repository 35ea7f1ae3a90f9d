import { describe, expect, it } from 'vitest';
import { expectCleanSession } from '../fixtures/journey-setup';
import { DraftsPage } from '../pages/drafts-page';
import { PolishPage } from '../pages/polish-page';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fakeShard, writeFakeModelFolder } from './fake-model-folder';
import { usePolishJourney } from './use-polish-journey';
import { webLlmCachedUrls } from './webllm-cache';

// The real engine worker (WebLLM) in Chromium without WebGPU: everything that needs no weights.
const journey = usePolishJourney({ webgpu: false });

/** The panel's model management with the GPU engine and Qwen2.5-1.5B chosen, and a model folder for it. */
async function openFolderImport() {
  const page = await journey.session.openPanelTab();
  const polish = new PolishPage(page);
  await polish.open();
  await polish.engine().selectOption('webgpu');
  await polish.model().selectOption('qwen2.5-1.5b');
  await page.getByText('管理模型、模型来源、离线导入').click();
  const folder = await writeFakeModelFolder(
    'Qwen2.5-1.5B-Instruct-q4f32_1-MLC',
    'Qwen2-1.5B-Instruct-q4f32_1_cs1k-webgpu.wasm',
  );
  return { page, polish, folder };
}

describe('the real engine without a GPU', () => {
  it('explains that no adapter was found and does not offer a download', async () => {
    const page = await journey.session.openPanelTab();
    const polish = new PolishPage(page);
    await polish.open();
    await polish.engine().selectOption({ label: '显卡（WebGPU） · 本机无法运行' });
    await expect.poll(() => polish.alert().allTextContents()).toEqual([expect.stringContaining('未找到可用的显卡')]);
    expect(await polish.alert().first().textContent()).toContain('使用图形加速');
    expect(await polish.button('下载模型').isDisabled()).toBe(true);
    await page.close();
  });

  it('with the GPU engine chosen and no GPU: 开始润色 is disabled with one plain sentence, nothing is 推荐, nothing is requested', async () => {
    const page = await journey.session.openPanelTab();
    const drafts = new DraftsPage(page);
    const polish = new PolishPage(page);
    await drafts.create('无显卡', '很多工作要搞好。');
    await drafts.button('润色').click();
    await polish.engine().selectOption('webgpu');
    await expect
      .poll(() => polish.view().textContent())
      .toContain('这台电脑的浏览器没有可用的 WebGPU 显卡加速，润色无法运行；校对不需要显卡，可以正常使用。');
    expect(await polish.view().textContent()).toContain('chrome://gpu');
    expect(await polish.button('开始润色').isDisabled()).toBe(true);
    const options = await polish.model().locator('option').allTextContents();
    expect(options.filter((option) => option.includes('推荐'))).toEqual([]);
    // Chinese sentences only: no raw engine error text anywhere in the view.
    expect(await polish.view().textContent()).not.toMatch(/TypeError|Failed to fetch|Error:/);
    expect(journey.session.requests.filter(({ url }) => /^https?:/.test(url))).toEqual([]);
    await polish.engine().selectOption('auto');
    await page.close();
  });

  it('imports a model folder into the cache offline, lists it via hasModelInCache, and deletes it', async () => {
    const { page, polish, folder } = await openFolderImport();
    await page.getByLabel('从文件夹导入模型').setInputFiles(folder);
    await expect
      .poll(() => polish.status().allTextContents())
      .toContain('已导入 Qwen2.5-1.5B-Instruct-q4f32_1-MLC（0.0 MB），可离线使用。');
    const cached = page.getByRole('list', { name: '已下载的模型' });
    await expect.poll(() => cached.textContent()).toContain('Qwen2.5-1.5B-Instruct');
    await expect.poll(() => polish.status().allTextContents()).toContain('模型已下载到本机。');

    await cached.getByRole('button', { name: '删除模型：Qwen2.5-1.5B-Instruct' }).click();
    await expect.poll(() => page.getByText('本机还没有已下载的模型。').isVisible()).toBe(true);
    const left = await webLlmCachedUrls(page);
    // tensor-cache.json too: WebLLM's own delete leaves it behind.
    expect(left).toEqual([]);
    await page.close();
  });

  it('refuses a folder whose shard does not match tensor-cache.json, names it, writes nothing, then takes the repaired folder', async () => {
    const { page, polish, folder } = await openFolderImport();
    // Same length, other bytes: only the MD5 from tensor-cache.json can tell.
    await writeFile(join(folder, 'params_shard_1.bin'), Buffer.alloc(48, 7));
    await page.getByLabel('从文件夹导入模型').setInputFiles(folder);
    await expect
      .poll(() => polish.status().allTextContents())
      .toContain('文件与模型的 tensor-cache.json 不符（大小或校验值不对），未导入任何文件：params_shard_1.bin');
    const cached = () => webLlmCachedUrls(page);
    expect(await cached()).toEqual([]);

    await writeFile(join(folder, 'params_shard_1.bin'), fakeShard());
    await page.getByLabel('从文件夹导入模型').setInputFiles(folder);
    await expect
      .poll(() => polish.status().allTextContents())
      .toContain('已导入 Qwen2.5-1.5B-Instruct-q4f32_1-MLC（0.0 MB），可离线使用。');
    await expect.poll(cached).toHaveLength(6);
    const list = page.getByRole('list', { name: '已下载的模型' });
    await list.getByRole('button', { name: '删除模型：Qwen2.5-1.5B-Instruct' }).click();
    await expect.poll(() => page.getByText('本机还没有已下载的模型。').isVisible()).toBe(true);
    await page.close();
  });

  it('shows "model not available offline" when the source cannot be reached, and leaves the draft untouched', async () => {
    const page = await journey.session.context.newPage();
    await page.goto(`${journey.session.panelUrl}?engine=fake&fail=${encodeURIComponent('TypeError: Failed to fetch')}`);
    const drafts = new DraftsPage(page);
    const polish = new PolishPage(page);
    await drafts.create('离线测试', '很多工作要搞好。');
    await drafts.button('润色').click();
    await polish.button('开始润色').click();
    await expect
      .poll(() => polish.alert().allTextContents())
      .toEqual(expect.arrayContaining([expect.stringContaining('模型无法离线使用')]));
    await page.getByRole('tab', { name: '草稿' }).click();
    expect(await drafts.body().inputValue()).toBe('很多工作要搞好。');
    await page.close();
  });

  it('logged no console errors and sent nothing off this machine', () => {
    expectCleanSession(journey.session);
  });
});
