import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectCleanSession, useJourney } from './fixtures/journey-setup';
import { DraftsPage } from './pages/drafts-page';
import { saveScreenshot } from './fixtures/screenshot';

const journey = useJourney();

describe('searching drafts', () => {
  it('finds a Chinese word in the middle of a text, highlights it, and filters by status', async () => {
    const page = await journey.session.openPanelTab();
    const drafts = new DraftsPage(page);
    await drafts.create('二〇二六年工作总结', '一年来，办公室坚持服务大局，推进公文处理规范化建设，成效明显。');
    await drafts.create('防汛情况汇报', '入汛以来，全市累计转移群众1200人。');
    await drafts.create('调研报告', '围绕基层减负开展专题调研，走访企业36家。');
    await page.getByRole('combobox', { name: '状态' }).selectOption('定稿');
    await drafts.waitSaved();
    await drafts.backToList();

    await page.keyboard.press('Control+f');
    await expect.poll(() => drafts.search().evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('公文处理');
    const results = drafts.list().getByRole('button');
    await expect.poll(() => results.allTextContents()).toEqual([expect.stringContaining('二〇二六年工作总结')]);
    expect(await results.first().locator('mark').allTextContents()).toEqual(['公文处理']);
    await page.setViewportSize({ width: 420, height: 640 });
    await saveScreenshot(page, 'panel-search');

    await drafts.search().fill('1200');
    await expect.poll(() => results.allTextContents()).toEqual([expect.stringContaining('防汛情况汇报')]);

    await drafts.search().fill('');
    await page.getByRole('combobox', { name: '状态' }).selectOption('定稿');
    await expect.poll(() => results.allTextContents()).toEqual([expect.stringContaining('调研报告')]);
    await page.getByRole('combobox', { name: '状态' }).selectOption('');
    await expect.poll(() => results.count()).toBe(3);

    // An old draft (brought in by a backup from 2020) drops out of 最近 7 天 and stays under 全部.
    await page.getByRole('tab', { name: '设置' }).click();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: '导出备份' }).click();
    const backup = JSON.parse(await readFile(await (await download).path(), 'utf8'));
    const old = Date.UTC(2020, 0, 1);
    backup.drafts = [{ ...backup.drafts[0], id: 'old-draft', title: '二〇二〇年旧稿', createdAt: old, updatedAt: old }];
    backup.revisions = [];
    const file = join(tmpdir(), `wenshu-old-${Date.now()}.json`);
    await writeFile(file, JSON.stringify(backup));
    await page.getByLabel('导入备份').setInputFiles(file);
    await expect.poll(() => page.getByRole('status').filter({ hasText: '导入完成' }).count()).toBe(1);
    await page.getByRole('tab', { name: '草稿' }).click();
    await expect.poll(() => results.count()).toBe(4);
    await page.getByRole('combobox', { name: '时间' }).selectOption({ label: '最近 7 天' });
    await expect.poll(() => results.count()).toBe(3);
    expect(await results.allTextContents()).not.toContainEqual(expect.stringContaining('二〇二〇年旧稿'));
    await page.getByRole('combobox', { name: '时间' }).selectOption({ label: '全部' });
    await expect.poll(() => results.count()).toBe(4);

    await drafts.search().fill('不存在的词语');
    await expect.poll(() => page.getByText('没有找到匹配的草稿').isVisible()).toBe(true);
    await page.close();
  });

  it("shows the list from the read the page's first script starts, before the panel's code opens the database", async () => {
    // storage/read-startup-early.ts: the first rows need neither the panel's code nor Dexie to be loaded.
    const page = await journey.session.context.newPage();
    await page.addInitScript(() => {
      const log: string[] = [];
      Object.defineProperty(window, 'wenshuOpenLog', { value: log });
      const open = IDBFactory.prototype.open;
      IDBFactory.prototype.open = function (this: IDBFactory, name: string, version?: number) {
        log.push(version === undefined ? 'open as it is' : `open at version ${version}`);
        return version === undefined ? open.call(this, name) : open.call(this, name, version);
      };
      new MutationObserver((_, rows) => {
        if (!document.querySelector('.draft-item')) return;
        log.push('first row');
        rows.disconnect();
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(journey.session.panelUrl);
    const results = new DraftsPage(page).list().getByRole('button');
    await expect.poll(() => results.count()).toBe(4);
    const log = await page.evaluate(() => (window as unknown as { wenshuOpenLog: string[] }).wenshuOpenLog);
    expect(log.slice(0, 2)).toEqual(['open as it is', 'first row']);
    expect(log).toContain('open at version 20'); // Dexie, once the list is on screen
    await page.close();
  });

  it('keeps a panel left open while another imports a backup in step: it lists and finds every imported draft', async () => {
    const watcher = await journey.session.openPanelTab();
    const drafts = new DraftsPage(watcher);
    const results = drafts.list().getByRole('button');
    await drafts.search().fill('公文处理'); // the index is built before the import: the import is a catch-up
    await expect.poll(() => results.count()).toBeGreaterThan(0);
    await drafts.search().fill('');

    const importer = await journey.session.openPanelTab();
    await importer.getByRole('tab', { name: '设置' }).click();
    const download = importer.waitForEvent('download');
    await importer.getByRole('button', { name: '导出备份' }).click();
    const backup = JSON.parse(await readFile(await (await download).path(), 'utf8'));
    // More drafts than the catch-up reads at a time, with old times (only the count check sees them).
    const [template] = backup.drafts;
    backup.drafts = Array.from({ length: 120 }, (_, i) => ({
      ...template,
      id: `imported-${i}`,
      title: `导入稿第${i}号`,
      body: i === 77 ? '推进海绵城市建设，完善排水防涝体系。' : '按照年度工作安排，现将有关情况报告如下。',
      createdAt: Date.UTC(2019, 0, 1) + i,
      updatedAt: Date.UTC(2019, 0, 1) + i,
    }));
    backup.revisions = [];
    const file = join(tmpdir(), `wenshu-import-${Date.now()}.json`);
    await writeFile(file, JSON.stringify(backup));
    await importer.getByLabel('导入备份').setInputFiles(file);
    await expect.poll(() => importer.getByRole('status').filter({ hasText: '导入完成' }).count()).toBe(1);

    await drafts.search().fill('海绵城市');
    await expect.poll(() => results.allTextContents()).toEqual([expect.stringContaining('导入稿第77号')]);
    await drafts.search().fill('导入稿第119号'); // from the last page read
    await expect.poll(() => results.allTextContents()).toEqual([expect.stringContaining('导入稿第119号')]);
    await importer.close();
    await watcher.close();
  });

  it('logged no console errors and sent nothing off this machine', () => {
    expectCleanSession(journey.session);
  });
});
