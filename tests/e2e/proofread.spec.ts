import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectCleanSession, useJourney } from './fixtures/journey-setup';
import { DraftsPage } from './pages/drafts-page';

const journey = useJourney();

const draftBody = [
  '关于召开年度总结会议的通知。',
  '一.会议时间',
  '定于2026年05月06日召开,会期三、五天。',
  '参会人员近百人左右。',
  '落实“放管服”、“最多跑一次”改革要求。',
  '地点：【待填：会议地点】',
].join('\n');

/** After 全部修正: every error with a fix applied, the suggestion (、 between quotes) and advice left. */
const errorsFixedBody = [
  '关于召开年度总结会议的通知',
  '一、会议时间',
  '定于2026年5月6日召开，会期三五天。',
  '参会人员近百人左右。',
  '落实“放管服”、“最多跑一次”改革要求。',
  '地点：【待填：会议地点】',
].join('\n');

/** The 校对 view and its two groups, found by role and name. */
function proofreadView(page: Page) {
  const view = page.getByRole('region', { name: '校对', exact: true });
  return {
    view,
    errors: view.getByRole('list', { name: /^错误/ }).getByRole('listitem'),
    suggestions: view.getByRole('list', { name: /^建议/ }).getByRole('listitem'),
    status: () => view.getByRole('status').textContent(),
    fixAll: view.getByRole('button', { name: '全部修正', exact: true }),
  };
}

async function openProofreadOnNewDraft(page: Page, title: string) {
  const drafts = new DraftsPage(page);
  await drafts.create(title, draftBody);
  await drafts.button('校对').click();
  return { drafts, ...proofreadView(page) };
}

describe('proofreading (校对)', () => {
  it('shows errors and suggestions apart; 全部修正 fixes errors only and each fix is a 校对 version', async () => {
    const page = await journey.session.openPanelTab();
    const { drafts, view, errors, suggestions, status, fixAll } = await openProofreadOnNewDraft(page, '年度总结会议');

    // Six errors (five with a fix, 近百人左右 advice only), one suggestion; nothing inside 【待填】.
    await expect.poll(() => errors.count()).toBe(6);
    expect(await suggestions.allTextContents()).toEqual([expect.stringContaining('“放管服”、“最多跑一次”')]);
    expect(await status()).toContain('发现 6 处错误、1 条建议');
    expect(await errors.filter({ hasText: '仅供参考' }).allTextContents()).toEqual([
      expect.stringContaining('近百人左右'),
    ]);

    await view.getByRole('button', { name: '修正：把“一.”改为“一、”' }).click();
    await expect.poll(() => drafts.body().inputValue()).toContain('\n一、会议时间\n');
    await expect.poll(() => errors.count()).toBe(5);
    // Focus stays in the view for keyboard users once the pressed button is gone.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('校对');

    await fixAll.click();
    await expect.poll(() => drafts.body().inputValue()).toBe(errorsFixedBody);
    await expect.poll(() => errors.allTextContents()).toEqual([expect.stringContaining('仅供参考')]);
    expect(await suggestions.count()).toBe(1);
    expect(await fixAll.isDisabled()).toBe(true);

    // A suggestion is fixed only by its own button, after a look.
    await suggestions.getByRole('button', { name: '修正：删除“、”' }).click();
    await expect.poll(() => drafts.body().inputValue()).toContain('落实“放管服”“最多跑一次”改革要求。');
    await expect.poll(() => suggestions.count()).toBe(0);

    await drafts.button('历史版本').click();
    const versions = page.getByRole('list', { name: '版本列表' }).getByRole('button');
    // One version per applied fix, newest first.
    await expect.poll(() => versions.filter({ hasText: '校对' }).count()).toBe(3);
    expect(await versions.first().textContent()).toContain('校对');
    await page.close();
  });

  it('忽略 hides one finding, 恢复 brings it back, and 全部修正 leaves an ignored error alone', async () => {
    const page = await journey.session.openPanelTab();
    const { drafts, view, errors, status, fixAll } = await openProofreadOnNewDraft(page, '忽略');
    await expect.poll(() => errors.count()).toBe(6);

    await errors.filter({ hasText: '近百人左右' }).getByRole('button', { name: /^忽略/ }).click();
    await view.getByRole('button', { name: '忽略：“,”' }).click();
    await expect.poll(() => errors.count()).toBe(4);
    expect(await status()).toContain('已忽略 2 处');
    expect(await errors.filter({ hasText: '近百人左右' }).count()).toBe(0);

    await fixAll.click();
    await expect.poll(() => drafts.body().inputValue()).toContain('定于2026年5月6日召开,会期三五天。');
    // Still ignored after the text changed elsewhere.
    expect(await errors.count()).toBe(0);

    await view.getByRole('button', { name: '恢复已忽略的问题' }).click();
    await expect.poll(() => errors.count()).toBe(2);
    await page.close();
  });

  it('a rule switched off in 设置 is not checked, and stays off after the panel reopens', async () => {
    let page = await journey.session.openPanelTab();
    await page.getByRole('tab', { name: '设置' }).click();
    const rule = () => page.getByRole('checkbox', { name: /相邻的引号或书名号之间不用顿号/ });
    expect(await rule().isChecked()).toBe(true);
    await rule().uncheck();
    await page.close();

    page = await journey.session.openPanelTab();
    await page.getByRole('tab', { name: '设置' }).click();
    await expect.poll(() => rule().isChecked()).toBe(false);

    const { errors, suggestions, status } = await openProofreadOnNewDraft(page, '规则开关');
    await expect.poll(() => errors.count()).toBe(6);
    expect(await suggestions.count()).toBe(0);
    expect(await status()).toContain('发现 6 处错误、0 条建议');

    await page.getByRole('tab', { name: '设置' }).click();
    await rule().check();
    await page.getByRole('tab', { name: '草稿' }).click();
    await new DraftsPage(page).button('校对').click();
    await expect.poll(() => proofreadView(page).suggestions.count()).toBe(1);
    await page.close();
  });

  it('after restoring a version, the result matches the restored text (no stale 已修正)', async () => {
    const page = await journey.session.openPanelTab();
    const { drafts, errors, status, fixAll } = await openProofreadOnNewDraft(page, '恢复后校对');
    await expect.poll(() => errors.count()).toBe(6);
    await drafts.button('保存版本').click();

    await fixAll.click();
    await expect.poll(() => drafts.body().inputValue()).toBe(errorsFixedBody);
    await expect.poll(status).toContain('已修正 5 处');

    await drafts.button('历史版本').click();
    const versions = page.getByRole('list', { name: '版本列表' }).getByRole('button');
    await versions.filter({ hasNotText: '校对' }).first().click();
    await page.getByRole('button', { name: '恢复此版本' }).click();
    await expect.poll(() => drafts.body().inputValue()).toBe(draftBody);

    await expect.poll(() => errors.count()).toBe(6);
    expect(await status()).toContain('发现 6 处错误、1 条建议');
    expect(await status()).not.toContain('已修正');
    await page.close();
  });

  it('logged no console errors and sent nothing off this machine', () => {
    expectCleanSession(journey.session);
  });
});
