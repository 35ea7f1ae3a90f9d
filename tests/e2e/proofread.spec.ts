import { describe, expect, it } from 'vitest';
import { expectCleanSession, useJourney } from './fixtures/journey-setup';
import { DraftsPage } from './pages/drafts-page';

const journey = useJourney();

const draftBody = [
  '关于召开年度总结会议的通知。',
  '一.会议时间',
  '定于2026年05月06日召开,会期三、五天。',
  '参会人员近百人左右。',
  '地点：【待填：会议地点】',
].join('\n');

const fixedBody = [
  '关于召开年度总结会议的通知',
  '一、会议时间',
  '定于2026年5月6日召开，会期三五天。',
  '参会人员近百人左右。',
  '地点：【待填：会议地点】',
].join('\n');

describe('proofreading (校对)', () => {
  it('lists findings, fixes one, fixes all, and keeps each fix as a 校对 version', async () => {
    const page = await journey.session.openPanelTab();
    const drafts = new DraftsPage(page);
    await drafts.create('关于召开年度总结会议的通知', draftBody);

    await drafts.button('校对').click();
    const view = page.getByRole('region', { name: '校对' });
    const findings = view.getByRole('list', { name: '校对结果' }).getByRole('listitem');
    // Five fixable problems and one advice-only (近…左右); nothing inside the 【待填】 placeholder.
    await expect.poll(() => findings.count()).toBe(6);
    expect(await view.getByRole('status').textContent()).toContain('发现 6 处问题，其中 5 处可自动修正');
    await expect
      .poll(() => findings.filter({ hasText: '仅供参考' }).allTextContents())
      .toEqual([expect.stringContaining('近百人左右')]);

    await view.getByRole('button', { name: '修正：把“一.”改为“一、”' }).click();
    await expect.poll(() => drafts.body().inputValue()).toContain('\n一、会议时间\n');
    await expect.poll(() => findings.count()).toBe(5);
    // Focus stays in the view for keyboard users once the pressed button is gone.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('校对');

    await view.getByRole('button', { name: '全部修正', exact: true }).click();
    await expect.poll(() => drafts.body().inputValue()).toBe(fixedBody);
    await expect.poll(() => findings.allTextContents()).toEqual([expect.stringContaining('仅供参考')]);
    expect(await view.getByRole('button', { name: '全部修正', exact: true }).isDisabled()).toBe(true);

    await drafts.button('历史版本').click();
    const versions = page.getByRole('list', { name: '版本列表' }).getByRole('button');
    // One version per applied fix, newest first.
    await expect.poll(() => versions.filter({ hasText: '校对' }).count()).toBe(2);
    expect(await versions.first().textContent()).toContain('校对');
    await versions.first().click();
    await expect.poll(() => page.getByText('与当前正文相同').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('logged no console errors and sent nothing off this machine', () => {
    expectCleanSession(journey.session);
  });
});
