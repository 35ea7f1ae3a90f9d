import { describe, expect, it } from 'vitest';
import { expectCleanSession, useJourney } from '../fixtures/journey-setup';
import { insertedMessage, insertFromPanel, openPanelWithDraft } from './panel-draft';
import { sampleLines, sampleText } from './sample-text';

const journey = useJourney();
interface ReactWindow {
  reactState: { title: string; body: string };
  submitted: { title: string; body: string };
}

describe('React-controlled inputs (real React 19 from node_modules)', () => {
  it('updates React state, not only the DOM, so the submitted state holds the text', async () => {
    const page = await journey.session.context.newPage();
    await page.goto(journey.server.url('/fixtures/editors/react-input.html'));
    await page.waitForFunction(() => (window as unknown as { editorReady?: boolean }).editorReady === true);
    const panel = await openPanelWithDraft(journey.session, sampleText);

    await page.getByRole('textbox', { name: '正文' }).click();
    expect(await insertFromPanel(panel)).toEqual({ ok: true, message: insertedMessage(sampleText.length) });
    await page.getByRole('textbox', { name: '标题' }).click();
    expect((await insertFromPanel(panel, '全文', '标题')).ok).toBe(true);

    const state = await page.evaluate(() => (window as unknown as ReactWindow).reactState);
    expect(state).toEqual({ title: sampleLines.join(' '), body: sampleText });
    await page.getByRole('button', { name: '提交' }).click();
    expect(await page.evaluate(() => (window as unknown as ReactWindow).submitted)).toEqual(state);
    await panel.page.close();
    await page.close();
  });

  it('logged no console errors and sent nothing off this machine', () => {
    expectCleanSession(journey.session);
  });
});
