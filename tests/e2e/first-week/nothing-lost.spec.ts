import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { expectCleanSession, useJourney } from '../fixtures/journey-setup';
import { DraftsPage } from '../pages/drafts-page';
import { TemplateLibraryPage } from '../pages/template-library-page';
import { focusedName, importBackup, isFocused, openPanelBesidePage, writeSeedBackup } from './panel-beside-page';

const journey = useJourney();

/** Reads every stored revision body straight from IndexedDB. */
const revisionBodies = (page: import('playwright-core').Page) =>
  page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('wenshu');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction('revisions').objectStore('revisions').getAll();
          all.onsuccess = () => resolve(all.result.map((revision: { body: string }) => revision.body));
        };
      }),
  );

describe('nothing lost by one key', () => {
  it('empties the trash only on a click: focus starts on 取消, Enter and Escape cancel, focus returns', async () => {
    const { oa, panel } = await openPanelBesidePage(journey);
    const drafts = new DraftsPage(panel);
    await drafts.create('待清空的通知', '关于召开年度总结会议的通知');
    await drafts.button('移到回收站').click();
    await drafts.button('回收站').click();
    const trash = panel.getByRole('list', { name: '回收站' });
    await expect.poll(() => trash.getByRole('listitem').count()).toBe(1);

    const opener = drafts.button('清空回收站');
    const dialog = panel.getByRole('dialog');
    await opener.focus();
    await panel.keyboard.press('Enter');
    await expect.poll(() => dialog.isVisible()).toBe(true);
    await expect.poll(() => isFocused(dialog.getByRole('button', { name: '取消' }))).toBe(true);
    await panel.keyboard.press('Enter');
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await trash.getByRole('listitem').count()).toBe(1);
    await expect.poll(() => isFocused(opener)).toBe(true);

    await opener.click();
    await expect.poll(() => isFocused(dialog.getByRole('button', { name: '取消' }))).toBe(true);
    await panel.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    await expect.poll(() => isFocused(opener)).toBe(true);
    expect(await trash.getByRole('listitem').count()).toBe(1);

    await opener.click();
    await dialog.getByRole('button', { name: '清空回收站' }).click();
    await expect.poll(() => panel.getByText('回收站是空的').isVisible()).toBe(true);
    // The opener is gone with the last draft; focus stays in the trash view instead of falling to <body>.
    await expect.poll(() => focusedName(panel)).not.toBe('BODY');
    await panel.close();
    await oa.close();
  });

  it('移到回收站 says so with 撤销, which brings the draft back, and the list keeps its place', async () => {
    const { oa, panel } = await openPanelBesidePage(journey);
    const drafts = new DraftsPage(panel);
    await importBackup(panel, await writeSeedBackup(30, 'trash-seed'));
    await expect.poll(() => panel.getByRole('status').filter({ hasText: '导入完成' }).count()).toBe(1);
    await panel.getByRole('tab', { name: '草稿' }).click();
    const items = drafts.list().getByRole('button');
    await expect.poll(() => items.count()).toBeGreaterThan(3);
    const scroller = drafts.list().locator('xpath=..');
    await scroller.evaluate((element) => element.scrollTo(0, 300));
    const scrolledTo = await scroller.evaluate((element) => element.scrollTop);
    expect(scrolledTo).toBeGreaterThan(0);

    const seed = (n: number) => drafts.list().getByRole('button', { name: new RegExp(`^种子草稿 ${n}(?!\\d)`) });
    await seed(24).click();
    await expect.poll(() => drafts.title().inputValue()).toBe('种子草稿 24');
    await drafts.button('移到回收站').click();

    const toast = panel.getByRole('status').filter({ hasText: '已移到回收站' });
    await expect.poll(() => toast.isVisible()).toBe(true);
    const undo = toast.getByRole('button', { name: '撤销' });
    // The toast's 撤销 holds focus, so Enter undoes; the list stays where it was, its header in view.
    await expect.poll(() => isFocused(undo)).toBe(true);
    await expect.poll(() => panel.evaluate(() => window.scrollY)).toBe(0);
    // Within one row: the virtual list re-measures its rows when it comes back.
    await expect
      .poll(async () => Math.abs((await scroller.evaluate((element) => element.scrollTop)) - scrolledTo))
      .toBeLessThan(70);
    expect(await seed(24).count()).toBe(0);

    await panel.keyboard.press('Enter');
    await expect.poll(() => seed(24).count()).toBe(1);
    await expect.poll(() => toast.count()).toBe(0);
    await expect.poll(() => focusedName(panel)).not.toBe('BODY');

    // Once focus moves on, the toast goes away by itself.
    await seed(23).click();
    await drafts.button('移到回收站').click();
    await expect.poll(() => toast.isVisible()).toBe(true);
    await panel.keyboard.press('Tab');
    await expect.poll(() => toast.count(), { timeout: 15_000 }).toBe(0);
    await panel.close();
    await oa.close();
  });

  it('重新填写 over hand-edited text shows what would be replaced and offers copy / overwrite / cancel', async () => {
    const { oa, panel } = await openPanelBesidePage(journey);
    const library = new TemplateLibraryPage(panel);
    const drafts = new DraftsPage(panel);
    await library.open();
    await library.choose('工作总结');
    await library.field('单位').fill('某某市政府办公室');
    await library.button('生成草稿').click();
    await expect.poll(() => drafts.body().inputValue()).toContain('某某市政府办公室');
    const handEdit = '这是手工补充的一段话。';
    await drafts.body().press('Control+End');
    await drafts.body().pressSequentially(handEdit);
    await drafts.waitSaved();

    await drafts.button('重新填写').click();
    await library.field('单位').fill('某某县政府办公室');
    await library.button('生成草稿').click();
    const dialog = panel.getByRole('dialog');
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await dialog.getByRole('region', { name: '将被替换的内容' }).locator('del').allTextContents()).toEqual(
      expect.arrayContaining([expect.stringContaining('手工补充')]),
    );
    await expect.poll(() => isFocused(dialog.getByRole('button', { name: '取消' }))).toBe(true);
    await panel.keyboard.press('Enter');
    await expect.poll(() => dialog.count()).toBe(0);
    await expect.poll(() => isFocused(library.button('生成草稿'))).toBe(true);

    await library.button('生成草稿').click();
    await dialog.getByRole('button', { name: '另存我的修改为副本' }).click();
    await expect.poll(() => drafts.body().inputValue()).toContain('某某县政府办公室');
    expect(await drafts.body().inputValue()).not.toContain(handEdit);
    await drafts.backToList();
    await expect
      .poll(() => drafts.list().getByRole('button').allTextContents())
      .toEqual(expect.arrayContaining([expect.stringContaining('（副本）')]));
    await drafts
      .list()
      .getByRole('button', { name: /（副本）/ })
      .click();
    await expect.poll(() => drafts.body().inputValue()).toContain(handEdit);
    expect(await drafts.body().inputValue()).toContain('某某市政府办公室');

    // Overwrite: the new text replaces the hand edit, which stays in 历史版本.
    await drafts.backToList();
    await drafts
      .list()
      .getByRole('button', { name: /某某县政府办公室/ })
      .first()
      .click();
    const secondEdit = '第二次手工修改。';
    await drafts.body().press('Control+End');
    await drafts.body().pressSequentially(secondEdit);
    await drafts.waitSaved();
    await drafts.button('重新填写').click();
    await library.button('生成草稿').click();
    await dialog.getByRole('button', { name: '覆盖' }).click();
    await expect.poll(() => drafts.body().inputValue()).not.toContain(secondEdit);
    expect((await revisionBodies(panel)).some((body) => body.includes(secondEdit))).toBe(true);

    // Untouched since the last fill: 重新填写 asks nothing.
    await drafts.button('重新填写').click();
    await library.field('单位').fill('某某区政府办公室');
    await library.button('生成草稿').click();
    await expect.poll(() => drafts.body().inputValue()).toContain('某某区政府办公室');
    expect(await dialog.count()).toBe(0);
    await panel.close();
    await oa.close();
  });

  it('an error in one view leaves the others working, says what to do, and keeps the typed text', async () => {
    const { oa, panel } = await openPanelBesidePage(journey);
    const drafts = new DraftsPage(panel);
    const unsaved = '刚刚输入、还没离开编辑器的文字';
    await drafts.create('出错前的草稿', unsaved);
    // A damaged record (tags not a list), as an old build or a disk error might leave behind.
    await panel.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('wenshu');
          open.onsuccess = () => {
            const now = Date.now();
            const put = open.result.transaction('drafts', 'readwrite').objectStore('drafts').put({
              id: 'damaged',
              title: '损坏的草稿',
              body: '',
              kind: '通知',
              tags: '年度',
              status: '草稿',
              pinned: false,
              createdAt: now,
              updatedAt: now,
              revision: 1,
            });
            put.onsuccess = () => resolve();
            put.onerror = () => reject(put.error);
          };
        }),
    );
    const errorsBefore = journey.session.consoleErrors.length;
    await drafts.backToList();
    const notice = panel.getByRole('alert').filter({ hasText: '草稿页面出错了' });
    await expect.poll(() => notice.isVisible()).toBe(true);
    expect(await notice.getByRole('button', { name: '重新加载' }).isVisible()).toBe(true);
    // The other views still work.
    await panel.getByRole('tab', { name: '模板' }).click();
    await expect.poll(() => panel.getByRole('combobox', { name: '选择模板' }).isVisible()).toBe(true);
    await panel.getByRole('tab', { name: '草稿' }).click();
    await expect.poll(() => notice.isVisible()).toBe(true);

    const download = panel.waitForEvent('download');
    await notice.getByRole('button', { name: '导出备份' }).click();
    const backup = JSON.parse(await readFile(await (await download).path(), 'utf8'));
    expect(backup.drafts.map((draft: { body: string }) => draft.body)).toContain(unsaved);
    // React reports the caught error to the console; those are the only new console errors.
    const caught = journey.session.consoleErrors.splice(errorsBefore);
    expect(caught.length).toBeGreaterThan(0);
    expect(caught.every((line) => /join|error boundary|ErrorBoundary|above error/i.test(line))).toBe(true);
    await panel.evaluate(
      () =>
        new Promise<void>((resolve) => {
          const open = indexedDB.open('wenshu');
          open.onsuccess = () => {
            const request = open.result.transaction('drafts', 'readwrite').objectStore('drafts').delete('damaged');
            request.onsuccess = () => resolve();
          };
        }),
    );
    await panel.close();
    await oa.close();
  });

  it('says so when the drafts cannot be read at start-up instead of showing a blank panel', async () => {
    // This panel finds IndexedDB failing, as a broken profile would; the script is removed before 重新加载,
    // which then finds it working. The script belongs to a page created here, so it is in place before the
    // panel's first line runs (a context-wide script, or a flag read from another page, was not always seen
    // by a popup window opened under load).
    const panel = await journey.session.context.newPage();
    const failing = await panel.addInitScript(() => {
      IDBFactory.prototype.open = () => {
        throw new DOMException('simulated failure', 'UnknownError');
      };
    });
    await panel.goto(journey.session.panelUrl);
    const notice = panel.getByRole('alert').filter({ hasText: '无法读取本机保存的草稿' });
    await expect.poll(() => notice.isVisible()).toBe(true);
    expect(await notice.getByRole('button', { name: '重新加载' }).isVisible()).toBe(true);
    await failing.dispose();
    await notice.getByRole('button', { name: '重新加载' }).click();
    await expect.poll(() => panel.getByRole('tab', { name: '草稿' }).isVisible()).toBe(true);
    await panel.close();
  });

  it('logged no console errors and sent nothing off this machine', () => {
    expectCleanSession(journey.session);
  });
});
