import { describe, expect, it } from 'vitest';
import { expectCleanSession, useJourney } from './fixtures/journey-setup';
import { DraftsPage } from './pages/drafts-page';

const journey = useJourney();

describe('history and trash', () => {
  it('shows a saved version as a word diff and restores it, which is itself a version', async () => {
    const page = await journey.session.openPanelTab();
    const drafts = new DraftsPage(page);
    await drafts.create('工作总结', '全年共办理公文3200件，办结率达到百分之百。');
    await page.keyboard.press('Control+s');
    await expect.poll(() => page.getByRole('status').filter({ hasText: '已保存版本' }).count()).toBe(1);

    await drafts.body().fill('全年共办理公文3500件，圆满完成各项任务。');
    await drafts.waitSaved();
    await drafts.button('历史版本').click();
    const versions = page.getByRole('list', { name: '版本列表' }).getByRole('button');
    // Autosave kept the title typed first; 保存版本 kept the typing since then (not yet in any version), then
    // the version itself; later typing is coalesced (5 min) with the first autosave.
    await expect
      .poll(() => versions.allTextContents())
      .toEqual([
        expect.stringContaining('手动保存'),
        expect.stringContaining('自动保存'),
        expect.stringContaining('自动保存'),
      ]);
    await versions.filter({ hasText: '手动保存' }).click();
    const diff = page.getByRole('region', { name: '与当前正文的差异' });
    // The diff shows what restoring would do to the current text.
    await expect
      .poll(() => diff.locator('del').allTextContents())
      .toEqual(expect.arrayContaining([expect.stringContaining('3500')]));
    expect(await diff.locator('ins').allTextContents()).toEqual(
      expect.arrayContaining([expect.stringContaining('3200')]),
    );

    await drafts.button('恢复此版本').click();
    await expect.poll(() => drafts.body().inputValue()).toBe('全年共办理公文3200件，办结率达到百分之百。');
    // The text replaced by the restore was kept first, and the restore is a version too.
    await expect.poll(() => versions.count()).toBe(5);
    expect(await versions.first().textContent()).toContain('恢复版本');
    await versions.nth(1).click();
    await expect
      .poll(() => diff.locator('ins').allTextContents())
      .toEqual(expect.arrayContaining([expect.stringContaining('3500')]));
    await page.close();
  });

  it('moves a draft to the trash, restores it, and empties the trash only after confirmation', async () => {
    const page = await journey.session.openPanelTab();
    const drafts = new DraftsPage(page);
    await drafts.create('待删除的通知', '关于召开年度总结会议的通知');
    await drafts.button('移到回收站').click();
    await drafts.search().fill('待删除');
    await expect.poll(() => page.getByText('没有找到匹配的草稿').isVisible()).toBe(true);

    await drafts.button('回收站').click();
    const trash = page.getByRole('list', { name: '回收站' });
    await expect
      .poll(() => trash.getByRole('listitem').allTextContents())
      .toEqual([expect.stringContaining('待删除的通知')]);
    await trash.getByRole('button', { name: '恢复：待删除的通知' }).click();
    await expect.poll(() => page.getByText('回收站是空的').isVisible()).toBe(true);
    await drafts.button('‹ 返回草稿列表').click();
    await drafts.search().fill('待删除');
    await expect
      .poll(() => drafts.list().getByRole('button').allTextContents())
      .toEqual([expect.stringContaining('待删除的通知')]);

    await drafts.list().getByRole('button').first().click();
    await drafts.button('移到回收站').click();
    await drafts.button('回收站').click();
    await drafts.button('清空回收站').click();
    const dialog = page.getByRole('dialog');
    expect(await dialog.textContent()).toContain('永久删除回收站中的 1 份草稿');
    await dialog.getByRole('button', { name: '取消' }).click();
    expect(await trash.getByRole('listitem').count()).toBe(1);
    await drafts.button('清空回收站').click();
    await page.getByRole('dialog').getByRole('button', { name: '清空回收站' }).click();
    await expect.poll(() => page.getByText('回收站是空的').isVisible()).toBe(true);
    await page.close();
  });

  it('logged no console errors and sent nothing off this machine', () => {
    expectCleanSession(journey.session);
  });
});
