import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectCleanSession, useJourney } from '../fixtures/journey-setup';
import { saveScreenshot } from '../fixtures/screenshot';
import { DraftsPage } from '../pages/drafts-page';
import { TemplateLibraryPage } from '../pages/template-library-page';
import { focusedName, importBackup, isFocused, openPanelBesidePage, writeSeedBackup } from './panel-beside-page';

const journey = useJourney();

/** The labelled control that has focus, by its label text. */
const focusedLabel = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement as HTMLInputElement | null;
    return element?.labels?.[0]?.textContent ?? 'none';
  });

describe('finding the way', () => {
  it('greets an empty desk with 从模板开始 / 新建空白草稿 and one line on insertion', async () => {
    const { oa, panel } = await openPanelBesidePage(journey);
    const drafts = new DraftsPage(panel);
    const start = drafts.button('从模板开始');
    await expect.poll(() => start.isVisible()).toBe(true);
    expect(await drafts.button('新建空白草稿').isVisible()).toBe(true);
    expect(await panel.getByText('先在网页中点击要填写的位置，再点插入到网页').isVisible()).toBe(true);
    // Nothing to search or filter yet.
    expect(await drafts.search().count()).toBe(0);
    await saveScreenshot(panel, 'panel-empty');

    await start.click();
    await expect.poll(() => panel.getByRole('tab', { name: '模板' }).getAttribute('aria-selected')).toBe('true');
    await panel.getByRole('tab', { name: '草稿' }).click();
    await drafts.button('新建空白草稿').click();
    await expect.poll(() => drafts.title().isVisible()).toBe(true);
    await panel.close();
    await oa.close();
  });

  it('keeps 生成草稿 / 插入到网页 and the count in reach of a long form; the count finds the next empty field', async () => {
    const { oa, panel } = await openPanelBesidePage(journey);
    const library = new TemplateLibraryPage(panel);
    await library.open();
    await library.choose('工作总结');
    for (const label of ['主要做法和成效', '存在的问题和不足', '下一步工作打算']) {
      const add = library.button(`添加一项：${label}`);
      await add.click();
      await add.click();
    }
    const bar = panel.getByRole('region', { name: '生成与插入' });
    const inView = async (name: string) => {
      const box = await bar.getByRole('button', { name, exact: true }).boundingBox();
      const height = await panel.evaluate(() => window.innerHeight);
      return box !== null && box.y >= 0 && box.y + box.height <= height;
    };
    expect(await panel.evaluate(() => document.documentElement.scrollHeight > 2 * window.innerHeight)).toBe(true);
    await panel.evaluate(() => window.scrollTo(0, 0));
    expect(await inView('生成草稿')).toBe(true);
    expect(await inView('插入到网页')).toBe(true);
    await panel.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
    expect(await inView('生成草稿')).toBe(true);

    const count = bar.getByRole('button', { name: /还有 \d+ 处待填/ });
    await count.click();
    await expect.poll(() => focusedLabel(panel)).toMatch(/^单位/);
    await library.field('单位').fill('某某市政府办公室');
    await count.click();
    await expect.poll(() => focusedLabel(panel)).toMatch(/^时限/);
    await saveScreenshot(panel, 'panel-template-actions');

    // 新建模板 / 复制为我的模板 / packs live in one menu, worked with the keyboard.
    expect(await library.button('新建模板').count()).toBe(0);
    expect(await panel.getByText('导入模板包').isVisible()).toBe(false);
    const menuButton = library.button('模板管理');
    expect(await menuButton.getAttribute('aria-haspopup')).toBe('menu');
    await menuButton.focus();
    await panel.keyboard.press('ArrowDown');
    const menu = panel.getByRole('menu', { name: '模板管理' });
    await expect.poll(() => isFocused(menu.getByRole('menuitem', { name: '新建模板' }))).toBe(true);
    await panel.keyboard.press('ArrowDown');
    await expect.poll(() => isFocused(menu.getByRole('menuitem', { name: '复制为我的模板' }))).toBe(true);
    await panel.keyboard.press('Escape');
    await expect.poll(() => menu.count()).toBe(0);
    await expect.poll(() => isFocused(menuButton)).toBe(true);
    await panel.keyboard.press('Enter');
    await panel.keyboard.press('End');
    await expect.poll(() => isFocused(menu.getByRole('menuitem', { name: '导入模板包' }))).toBe(true);
    // The item opens the hidden file input's chooser (watched on the input: Playwright's file-chooser
    // interception is switched on asynchronously and can lose the race with a key press).
    const fileInput = panel.getByLabel('导入模板包', { exact: true });
    await fileInput.evaluate((input) =>
      input.addEventListener('click', (event) => {
        event.preventDefault();
        input.dataset.opened = 'yes';
      }),
    );
    await panel.keyboard.press('Enter');
    await expect.poll(() => fileInput.getAttribute('data-opened')).toBe('yes');
    await expect.poll(() => menu.count()).toBe(0);
    await panel.close();
    await oa.close();
  });

  it('puts focus back where it was after removing a group item', async () => {
    const { oa, panel } = await openPanelBesidePage(journey);
    const library = new TemplateLibraryPage(panel);
    await library.open();
    await library.choose('工作总结');
    const group = panel.getByRole('group', { name: /^主要做法和成效/ });
    await library.button('添加一项：主要做法和成效').click();
    const rows = group.getByRole('group', { name: /^第 \d+ 项$/ });
    const count = await rows.count();
    expect(count).toBeGreaterThan(1);
    // The last row's 删除 button goes with the row.
    await group.getByRole('button', { name: `删除第 ${count} 项` }).click();
    await expect.poll(() => rows.count()).toBe(count - 1);
    await expect.poll(() => group.evaluate((element) => element.contains(document.activeElement))).toBe(true);
    await panel.close();
    await oa.close();
  });

  it('reports backups in words: the file name, identical drafts, a wrong file, the quota in GB', async () => {
    const { oa, panel } = await openPanelBesidePage(journey);
    const seed = await writeSeedBackup(2, 'backup-words');
    await importBackup(panel, seed);
    const status = panel.getByRole('status').filter({ hasText: '导入完成' });
    await expect.poll(() => status.textContent()).toContain('新增 2 份');
    await panel.getByLabel('导入备份').setInputFiles(seed);
    await expect.poll(() => status.textContent()).toContain('2 份已存在且内容相同，未重复导入');
    expect(await status.textContent()).not.toContain('跳过');

    const wrong = join(tmpdir(), `i11-wrong-${process.pid}.json`);
    await writeFile(wrong, JSON.stringify({ hello: 'world' }));
    await panel.getByLabel('导入备份').setInputFiles(wrong);
    const alert = panel.getByRole('alert').filter({ hasText: '未做任何更改' });
    await expect.poll(() => alert.textContent()).toContain('这不是文书的备份文件');
    expect(await alert.textContent()).not.toMatch(/\$|format/);

    const download = panel.waitForEvent('download');
    await panel.getByRole('button', { name: '导出备份' }).click();
    const name = (await download).suggestedFilename();
    expect(name).toMatch(/^wenshu-backup-\d{4}-\d{2}-\d{2}\.json$/);
    await expect.poll(() => panel.getByRole('status').filter({ hasText: '已导出' }).textContent()).toContain(name);
    expect(await panel.getByText(/上限/).textContent()).toMatch(/上限 \d+\.\d GB/);
    await panel.close();
    await oa.close();
  });

  it('moves between tabs with the arrow keys (WAI-ARIA tabs)', async () => {
    const { oa, panel } = await openPanelBesidePage(journey);
    const tab = (name: string) => panel.getByRole('tab', { name });
    await tab('草稿').focus();
    await panel.keyboard.press('ArrowRight');
    await expect.poll(() => isFocused(tab('模板'))).toBe(true);
    expect(await tab('模板').getAttribute('aria-selected')).toBe('true');
    await expect.poll(() => panel.getByRole('combobox', { name: '选择模板' }).isVisible()).toBe(true);
    await panel.keyboard.press('End');
    await expect.poll(() => isFocused(tab('设置'))).toBe(true);
    await panel.keyboard.press('ArrowRight');
    await expect.poll(() => isFocused(tab('草稿'))).toBe(true);
    await panel.keyboard.press('ArrowLeft');
    await expect.poll(() => isFocused(tab('设置'))).toBe(true);
    await panel.keyboard.press('Home');
    await expect.poll(() => isFocused(tab('草稿'))).toBe(true);
    // Only the selected tab is in the Tab order.
    expect(await panel.getByRole('tab').evaluateAll((tabs) => tabs.map((t) => t.getAttribute('tabindex')))).toEqual([
      '0',
      '-1',
      '-1',
      '-1',
    ]);
    await panel.close();
    await oa.close();
  });

  it('shows the whole focus ring of a draft in the list', async () => {
    const { oa, panel } = await openPanelBesidePage(journey);
    const drafts = new DraftsPage(panel);
    await importBackup(panel, await writeSeedBackup(3, 'focus-ring'));
    await panel.getByRole('tab', { name: '草稿' }).click();
    // An earlier test left a draft open; the panel reopens it.
    await drafts.button('‹ 返回草稿列表').or(drafts.list()).first().waitFor();
    if (await drafts.button('‹ 返回草稿列表').isVisible()) await drafts.backToList();
    const item = drafts.list().getByRole('button').first();
    await expect.poll(() => item.isVisible()).toBe(true);
    await drafts.search().focus();
    // Tab through the filters to the first draft, as a keyboard user does.
    const passed: string[] = [];
    for (let i = 0; i < 10 && !(await isFocused(item)); i += 1) {
      await panel.keyboard.press('Tab');
      passed.push(await focusedName(panel));
    }
    expect(await isFocused(item), passed.join(' → ')).toBe(true);
    const clipped = await item.evaluate((element) => {
      const style = getComputedStyle(element);
      const ring = parseFloat(style.outlineWidth) + parseFloat(style.outlineOffset);
      const box = element.getBoundingClientRect();
      let clip = element.parentElement;
      while (clip && getComputedStyle(clip).overflow === 'visible') clip = clip.parentElement;
      const area = clip!.getBoundingClientRect();
      return {
        left: box.left - ring < area.left + clip!.clientLeft,
        right: box.right + ring > area.left + clip!.clientLeft + clip!.clientWidth,
        top: box.top - ring < area.top + clip!.clientTop,
      };
    });
    expect(clipped).toEqual({ left: false, right: false, top: false });
    await panel.close();
    await oa.close();
  });

  it('names statuses and 文种 in the chosen 界面语言, English labels without full-width brackets', async () => {
    const { oa, panel } = await openPanelBesidePage(journey);
    const drafts = new DraftsPage(panel);
    await drafts.create('報送的通知', '正文');
    await panel.getByRole('combobox', { name: '状态' }).selectOption('已报送');
    await panel.getByRole('combobox', { name: '文种' }).selectOption('会议纪要');
    await drafts.waitSaved();
    await panel.getByRole('combobox', { name: /界面语言/ }).selectOption('zh_TW');
    const status = panel.getByRole('combobox', { name: '狀態' });
    await expect.poll(() => status.locator('option:checked').textContent()).toBe('已報送');
    expect(await panel.getByRole('combobox', { name: '文種' }).locator('option:checked').textContent()).toBe(
      '會議紀要',
    );
    await panel.getByRole('button', { name: /返回草稿列表/ }).click();
    await expect.poll(() => panel.getByRole('list').first().textContent()).toContain('會議紀要 · 已報送');

    await panel.getByRole('combobox', { name: /界面语言|介面語言/ }).selectOption('en');
    await expect.poll(() => panel.getByRole('list').first().textContent()).toContain('Meeting minutes · Submitted');
    await panel.getByRole('tab', { name: 'Templates' }).click();
    // The 模板 view loads on demand and shows its form once the remembered values are applied.
    const labels = () => panel.locator('label, legend').allTextContents();
    await expect.poll(async () => (await labels()).filter((text) => /required/.test(text)).length).toBeGreaterThan(0);
    expect((await labels()).filter((text) => /[（）：]/.test(text) && /required/.test(text))).toEqual([]);
    await panel.getByRole('combobox', { name: 'Interface language' }).selectOption('zh_CN');
    await panel.close();
    await oa.close();
  });

  it('logged no console errors and sent nothing off this machine', () => {
    expectCleanSession(journey.session);
  });
});
