import { describe, expect, it } from 'vitest';
import { expectCleanSession } from '../fixtures/journey-setup';
import { requestsCarrying } from '../fixtures/launch-extension';
import { DraftsPage } from '../pages/drafts-page';
import { PolishPage } from '../pages/polish-page';
import { clickMenuItem } from '../editors/service-worker-events';
import { serveStatic } from '../../../scripts/serve-static.mjs';
import { usePolishJourney } from './use-polish-journey';
import { saveScreenshot } from '../fixtures/screenshot';

// The fake engine stands in for WebLLM (no weights here); a software WebGPU adapter passes the check.
const journey = usePolishJourney({ webgpu: true });
const body = '　　我们要搞好安全生产工作。\n\n　　很多单位马上行动，完成率达到【待填：完成率】。';

describe('polishing a draft with a local model', () => {
  it('downloads the model with progress, polishes paragraph by paragraph, and writes only accepted changes as a 润色 version', async () => {
    const page = await journey.session.context.newPage();
    await page.goto(`${journey.session.panelUrl}?engine=fake`);
    const drafts = new DraftsPage(page);
    const polish = new PolishPage(page);
    await drafts.create('安全生产通报', body);
    await drafts.button('润色').click();

    await expect.poll(() => polish.view().textContent()).toContain('润色对象：《安全生产通报》全文');
    // SwiftShader: no shader-f16 (q4f32 builds) and a software adapter, both said plainly.
    await expect.poll(() => page.getByRole('list', { name: '本机情况' }).textContent()).toContain('q4f32');
    expect(await page.getByRole('list', { name: '本机情况' }).textContent()).toContain('软件模拟');
    await polish.button('下载模型').click();
    await expect.poll(() => page.getByRole('progressbar', { name: '下载进度' }).count()).toBe(1);
    await expect.poll(() => polish.status().allTextContents()).toContain('模型已就绪，可离线润色。');

    await polish.preset().selectOption({ label: '公文化' });
    await polish.button('开始润色').click();
    await expect.poll(() => polish.review().isVisible()).toBe(true);
    // A review in progress survives a look at the drafts.
    await page.getByRole('tab', { name: '草稿' }).click();
    await page.getByRole('tab', { name: '润色' }).click();
    await expect.poll(() => polish.review().isVisible()).toBe(true);
    const first = polish.change(1);
    expect(await first.locator('del').textContent()).toBe('搞好');
    expect(await first.locator('ins').textContent()).toBe('做好');
    await page.setViewportSize({ width: 420, height: 900 });
    await polish.review().scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'panel-polish');
    await first.getByRole('button', { name: '拒绝' }).click();
    await polish.button('全部接受').click();
    await expect.poll(() => polish.status().allTextContents()).toContain('已接受 2 处修改，已保存为“润色”版本。');

    await page.getByRole('tab', { name: '草稿' }).click();
    await expect
      .poll(() => drafts.body().inputValue())
      .toBe('　　我们要搞好安全生产工作。\n\n　　大量单位立即行动，完成率达到【待填：完成率】。');
    await drafts.button('历史版本').click();
    const versions = page.getByRole('list', { name: '版本列表' }).getByRole('button');
    await expect.poll(() => versions.first().textContent()).toContain('润色');

    // Privacy: nothing carried the draft anywhere, and nothing was fetched at all with the fake engine.
    expect(requestsCarrying(journey.session.requests, ['安全生产', '搞好'])).toEqual([]);
    await page.close();
  });

  it('stops mid-draft: unfinished paragraphs keep their original text', async () => {
    const page = await journey.session.context.newPage();
    await page.goto(`${journey.session.panelUrl}?engine=fake&delay=150`);
    const drafts = new DraftsPage(page);
    const polish = new PolishPage(page);
    await drafts.create('会议纪要', '大家要搞好学习。\n很多同志马上落实。\n大家很多想法。');
    await drafts.button('润色').click();
    await polish.button('开始润色').click();
    await expect.poll(() => page.getByRole('list', { name: '润色结果（逐段）' }).textContent()).toContain('各单位');
    await polish.button('停止').click();
    await expect.poll(() => polish.button('开始润色').isVisible()).toBe(true);
    expect(await polish.view().textContent()).toMatch(/已停止：\d 段未完成，保留原文。/);
    // Nothing to review from an unfinished paragraph; the draft is untouched.
    await page.getByRole('tab', { name: '草稿' }).click();
    expect(await drafts.body().inputValue()).toBe('大家要搞好学习。\n很多同志马上落实。\n大家很多想法。');
    await page.close();
  });

  it('polishes a selection captured on a page (润色所选) and puts the accepted text back in its place', async () => {
    const { session } = journey;
    const server = await serveStatic({ '/demo/': 'demo' });
    try {
      const oa = await session.context.newPage();
      await oa.goto(server.url('/demo/oa-form.html'));
      const field = oa.getByRole('textbox', { name: '正文' });
      await field.fill('前文。很多单位马上行动。后文。');
      await field.evaluate((element: HTMLTextAreaElement) => element.setSelectionRange(3, 12));
      const opened = session.context.waitForEvent('page', (page) => page.url().includes('engine=fake'));
      await session.worker.evaluate(
        (url) => chrome.windows.create({ url, type: 'popup', width: 440, height: 900 }).then(() => undefined),
        `${session.panelUrl}?engine=fake`,
      );
      const panel = await opened;
      const polish = new PolishPage(panel);
      await expect.poll(() => panel.getByRole('tab', { name: '草稿' }).isVisible()).toBe(true);

      await oa.bringToFront();
      await clickMenuItem(session.worker, 'wenshu-polish-selection');
      await expect.poll(() => polish.view().textContent()).toContain('润色对象：选中的 9 字');
      await polish.button('下载模型').click();
      await expect.poll(() => polish.status().allTextContents()).toContain('模型已就绪，可离线润色。');
      await polish.button('开始润色').click();
      await expect.poll(() => polish.review().isVisible()).toBe(true);
      await polish.button('全部接受').click();
      await expect.poll(() => polish.status().allTextContents()).toContain('已用润色结果替换网页中的原文。');
      expect(await field.inputValue()).toBe('前文。大量单位立即行动。后文。');
      await panel.close();
      await oa.close();
    } finally {
      await server.close();
    }
  });

  it('logged no console errors and sent nothing off this machine', () => {
    expectCleanSession(journey.session);
  });
});
