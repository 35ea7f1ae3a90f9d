import { expectCleanSession, useJourney } from '../fixtures/journey-setup';
import { describe, expect, it } from 'vitest';
import { blockTexts, describeEditorInsertion } from './describe-editor-insertion';
import { insertFromPanel, openPanelWithDraft } from './panel-draft';
import { sampleLines, sampleText } from './sample-text';

const journey = useJourney();

describeEditorInsertion(journey, {
  name: 'contenteditable <div>',
  path: '/fixtures/editors/contenteditable.html',
  focus: (page) => page.getByRole('textbox', { name: '意见', exact: true }).click(),
  paragraphs: async (page) => blockTexts(page, await page.locator('#opinion').innerHTML()),
  undo: true,
});

describe('format: automatic (styled paragraphs) or plain text, chosen next to the button', () => {
  it('keeps heading styles in auto, and inserts unstyled paragraphs when 纯文本 is chosen', async () => {
    const page = await journey.session.context.newPage();
    await page.goto(journey.server.url('/fixtures/editors/contenteditable.html'));
    const panel = await openPanelWithDraft(journey.session, sampleText);
    const opinion = page.getByRole('textbox', { name: '意见', exact: true });
    await opinion.click();
    expect((await insertFromPanel(panel)).ok).toBe(true);
    const heading = opinion.locator('p', { hasText: '一、总体要求' });
    expect(await heading.getAttribute('style')).toContain('黑体');

    await opinion.evaluate((element) => (element.innerHTML = '<p><br></p>'));
    await opinion.click();
    await panel.page.getByRole('combobox', { name: '格式' }).selectOption({ label: '纯文本' });
    expect((await insertFromPanel(panel)).ok).toBe(true);
    expect(await blockTexts(page, await opinion.innerHTML())).toEqual(sampleLines);
    expect(await opinion.innerHTML()).not.toContain('style=');
    await panel.page.close();
    await page.close();
  });
});

describe('contenteditable marked read-only', () => {
  it('refuses aria-readonly editors with a clear message', async () => {
    const page = await journey.session.context.newPage();
    await page.goto(journey.server.url('/fixtures/editors/contenteditable.html'));
    const panel = await openPanelWithDraft(journey.session, '不应出现');
    await page.getByRole('textbox', { name: '归档意见' }).click();
    expect(await insertFromPanel(panel)).toEqual({ ok: false, message: '该位置是只读的，不能插入。' });
    expect(await page.getByRole('textbox', { name: '归档意见' }).textContent()).toBe('已归档');
    await panel.page.close();
    await page.close();
  });

  it('logged no console errors and sent nothing off this machine', () => {
    expectCleanSession(journey.session);
  });
});
