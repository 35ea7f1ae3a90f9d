import { describe, expect, it } from 'vitest';
import { expectCleanSession, useJourney } from '../fixtures/journey-setup';
import { insertFromPanel, openPanelWithDraft } from './panel-draft';
import { sampleText } from './sample-text';

const journey = useJourney();

describe('a form in a cross-origin iframe', () => {
  it('inserts into the field focused inside the frame, not into the embedding page', async () => {
    const page = await journey.session.context.newPage();
    await page.goto(journey.server.url('/fixtures/editors/cross-origin.html'));
    await page.waitForFunction(() => (window as unknown as { editorReady?: boolean }).editorReady === true);
    const panel = await openPanelWithDraft(journey.session, sampleText);
    const frame = page.frameLocator('#form');
    await frame.getByRole('textbox', { name: '正文', exact: true }).click();
    expect(await insertFromPanel(panel)).toEqual({ ok: true, message: '已插入到网页' });
    expect(await frame.getByRole('textbox', { name: '正文', exact: true }).inputValue()).toBe(sampleText);
    await panel.page.close();
    await page.close();
  });

  it('logged no console errors and sent nothing off this machine', () => expectCleanSession(journey.session));
});
