import { describe, expect, it } from 'vitest';
import { expectCleanSession, useJourney } from '../fixtures/journey-setup';
import { insertFromPanel, openPanelWithDraft } from './panel-draft';
import { sampleLines, sampleText } from './sample-text';
import { blockTexts } from './describe-editor-insertion';

const journey = useJourney();

describe('an editor that takes no insertion strategy', () => {
  it('leaves the page untouched, copies rich + plain text to the clipboard and says to paste', async () => {
    const { session, server } = journey;
    const page = await session.context.newPage();
    await page.goto(server.url('/fixtures/editors/unwritable-editor.html'));
    const panel = await openPanelWithDraft(session, sampleText);
    await page.getByRole('textbox', { name: '正文' }).click();
    expect(await insertFromPanel(panel)).toEqual({
      ok: false,
      message: '网页没有接收插入的文字，已复制到剪贴板，请在网页中粘贴。',
    });
    expect(await page.getByRole('textbox', { name: '正文' }).innerHTML()).toBe('<p>原有内容</p>');
    // What the user then does: Ctrl+V into a field that accepts a real paste. The styled paragraphs
    // arriving prove the text/html flavour is on the clipboard, the lines the text itself.
    const pasteArea = page.getByRole('textbox', { name: '粘贴区' });
    await pasteArea.click();
    await page.keyboard.press('Control+v');
    await expect.poll(async () => blockTexts(page, await pasteArea.innerHTML())).toEqual(sampleLines);
    expect(await pasteArea.locator('p', { hasText: '一、总体要求' }).getAttribute('style')).toContain('黑体');
    await panel.page.close();
    await page.close();
  });

  it('says so when the clipboard fails too, and shows the text selected in a box to copy by hand', async () => {
    const { session, server } = journey;
    const page = await session.context.newPage();
    await page.goto(server.url('/fixtures/editors/unwritable-editor.html'));
    const panel = await openPanelWithDraft(session, sampleText);
    // What a browser that refuses clipboard access does (policy, no focus): the write rejects.
    await panel.page.evaluate(() => {
      navigator.clipboard.write = () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'));
    });
    await page.getByRole('textbox', { name: '正文' }).click();
    expect(await insertFromPanel(panel)).toEqual({
      ok: false,
      message: '网页没有接收插入的文字，复制到剪贴板也没有成功：请从下面的框中手动复制（已全选，按 Ctrl+C）。',
    });
    const box = panel.page.getByRole('textbox', { name: '要手动复制的文字' });
    expect(await box.inputValue()).toBe(sampleText);
    await expect
      .poll(() =>
        box.evaluate((field: HTMLTextAreaElement) => [
          field.selectionStart,
          field.selectionEnd,
          document.activeElement === field,
        ]),
      )
      .toEqual([0, sampleText.length, true]);
    await panel.page.close();
    await page.close();
  });

  it('logged no console errors and sent nothing off this machine', () => expectCleanSession(journey.session));
});
