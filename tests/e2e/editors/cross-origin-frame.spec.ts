import { describe, expect, it } from 'vitest';
import { expectCleanSession, useJourney } from '../fixtures/journey-setup';
import { insertedMessage, openPanelWithDraft } from './panel-draft';
import { sampleText } from './sample-text';

const journey = useJourney();

describe('a form in a cross-origin iframe', () => {
  it('names the other site and inserts into the frame only after the user agrees', async () => {
    const page = await journey.session.context.newPage();
    await page.goto(journey.server.url('/fixtures/editors/cross-origin.html'));
    await page.waitForFunction(() => (window as unknown as { editorReady?: boolean }).editorReady === true);
    const panel = await openPanelWithDraft(journey.session, sampleText);
    const field = page.frameLocator('#form').getByRole('textbox', { name: '正文', exact: true });
    await field.click();
    await panel.page
      .getByText('将插入到：localhost 的 正文（127.0.0.1 页面中另一个网站的框架）', { exact: true })
      .waitFor();
    await panel.page.getByRole('combobox', { name: '插入内容' }).selectOption({ label: '全文' });

    // Asked first; cancelling inserts nothing.
    await panel.button('插入到网页').click();
    const dialog = panel.page.getByRole('dialog');
    await dialog
      .getByText(
        '要填写的位置在另一个网站 localhost 的框架中，不属于当前页面 127.0.0.1。确定把文字插入到 localhost 吗？',
      )
      .waitFor();
    await dialog.getByRole('button', { name: '取消' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await field.inputValue()).toBe('');

    await panel.button('插入到网页').click();
    await dialog.getByRole('button', { name: '插入到 localhost' }).click();
    await expect.poll(() => panel.status().allTextContents()).toContain(insertedMessage(sampleText.length));
    expect(await field.inputValue()).toBe(sampleText);
    await panel.page.close();
    await page.close();
  });

  it('logged no console errors and sent nothing off this machine', () => expectCleanSession(journey.session));
});
