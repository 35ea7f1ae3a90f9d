import { describe, expect, it } from 'vitest';
import { expectCleanSession, useJourney } from '../fixtures/journey-setup';
import { DraftsPage } from '../pages/drafts-page';
import { TemplateLibraryPage } from '../pages/template-library-page';

const journey = useJourney();

describe('re-filling a draft made from a template', () => {
  it('restores the form values, rewrites the same draft and keeps the old text in its history', async () => {
    const page = await journey.session.openPanelTab();
    const library = new TemplateLibraryPage(page);
    const drafts = new DraftsPage(page);
    await library.open();
    await library.choose('工作总结');
    await library.field('单位').fill('某某县政府办公室');
    await library.field('时限').fill('2026年');
    await library.button('生成草稿').click();
    await expect.poll(() => drafts.title().inputValue()).toBe('某某县政府办公室2026年工作总结');

    await drafts.button('重新填写').click();
    await expect.poll(() => library.field('单位').inputValue()).toBe('某某县政府办公室');
    expect(await library.field('时限').inputValue()).toBe('2026年');
    await library.field('时限').fill('2026年上半年');
    await library.button('生成草稿').click();
    await expect.poll(() => drafts.title().inputValue()).toBe('某某县政府办公室2026年上半年工作总结');

    await drafts.backToList();
    await expect.poll(() => drafts.list().getByRole('button').count()).toBe(1);
    await drafts.list().getByRole('button').first().click();
    await drafts.button('历史版本').click();
    const versions = page.getByRole('list', { name: '版本列表' }).getByRole('button');
    await expect
      .poll(() => versions.allTextContents())
      .toEqual([expect.stringContaining('模板生成'), expect.stringContaining('模板生成')]);
    await versions.nth(1).click();
    await expect
      .poll(() => page.getByRole('region', { name: '与当前正文的差异' }).locator('del').allTextContents())
      .toEqual(expect.arrayContaining([expect.stringContaining('上半年')]));
    await page.close();
  });

  it('logged no console errors and sent nothing off this machine', () => {
    expectCleanSession(journey.session);
  });
});
