import { describe, expect, it } from 'vitest';
import { expectCleanSession, useJourney } from '../fixtures/journey-setup';
import { requestsCarrying } from '../fixtures/launch-extension';
import { TemplateLibraryPage } from '../pages/template-library-page';

const journey = useJourney();

describe('template values are never lost', () => {
  it('keeps the last keystrokes typed into a template field when the panel is closed at once', async () => {
    const { session } = journey;
    let page = await session.openPanelTab();
    let library = new TemplateLibraryPage(page);
    await library.open();
    await library.choose('请示');
    const typed = '某某县应急管理局防汛抗旱指挥部办公室';
    await library.field('请示单位').click();
    await page.keyboard.type(typed);
    // No blur, no pause: the panel goes away within the 400 ms the form waits before saving.
    await page.close({ runBeforeUnload: true });

    page = await session.openPanelTab();
    library = new TemplateLibraryPage(page);
    await library.open();
    await library.choose('请示');
    await expect.poll(() => library.field('请示单位').inputValue()).toBe(typed);
    await page.close();

    // The values reached the database: a third panel reads them from there alone.
    page = await session.openPanelTab();
    library = new TemplateLibraryPage(page);
    await library.open();
    await library.choose('请示');
    await expect.poll(() => library.field('请示单位').inputValue()).toBe(typed);
    expect(requestsCarrying(session.requests, [typed.slice(0, 8)])).toEqual([]);
    await page.close();
  });

  it('logged no console errors and sent nothing off this machine', () => {
    expectCleanSession(journey.session);
  });
});
