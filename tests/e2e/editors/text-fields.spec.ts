import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectCleanSession, useJourney } from '../fixtures/journey-setup';
import type { PanelPage } from '../pages/panel-page';
import { insertedMessage, insertFromPanel, openPanelWithDraft } from './panel-draft';
import { sampleLines, sampleText } from './sample-text';

const journey = useJourney();
let page: Page;
let panel: PanelPage;
const field = (name: string) => page.getByRole('textbox', { name, exact: true });
const submitted = async () => {
  await page.getByRole('button', { name: '提交' }).click();
  return page.evaluate(() => (window as unknown as { submitted: Record<string, string> }).submitted);
};

beforeAll(async () => {
  page = await journey.session.context.newPage();
  await page.goto(journey.server.url('/fixtures/editors/text-fields.html'));
  panel = await openPanelWithDraft(journey.session, sampleText);
});
afterAll(async () => {
  await panel.page.close();
  await page.close();
});

describe('<input>, <textarea>, maxlength, readonly, password', () => {
  it('asks where to insert when nothing on the page was focused, and changes nothing', async () => {
    expect(await insertFromPanel(panel, null)).toEqual({ ok: false, message: '先在网页中点击要填写的位置' });
    expect(await page.evaluate(() => (window as unknown as { inputEvents: number }).inputEvents)).toBe(0);
  });

  it('inserts the lines at the caret of a textarea, and the form submits them', async () => {
    await field('正文').fill('开头。结尾。');
    await field('正文').press('Control+Home');
    for (let i = 0; i < 3; i += 1) await field('正文').press('ArrowRight');
    expect(await insertFromPanel(panel)).toEqual({ ok: true, message: insertedMessage(sampleText.length) });
    expect(await field('正文').inputValue()).toBe(`开头。${sampleText}结尾。`);
    expect((await submitted()).body).toBe(`开头。${sampleText}结尾。`);
  });

  it('removes the whole insertion with one Ctrl+Z', async () => {
    await field('正文').focus();
    await page.keyboard.press('Control+z');
    expect(await field('正文').inputValue()).toBe('开头。结尾。');
  });

  it('replaces the whole field when 替换整个字段 is chosen next to the button', async () => {
    await field('标题').fill('旧标题');
    await field('标题').click();
    await panel.page.getByRole('combobox', { name: '插入方式' }).selectOption({ label: '替换整个字段' });
    expect((await insertFromPanel(panel, '全文', '标题')).ok).toBe(true);
    expect(await field('标题').inputValue()).toBe(sampleLines.join(' '));
    await panel.page.getByRole('combobox', { name: '插入方式' }).selectOption({ label: '替换所选' });
    await field('标题').fill('');
  });

  it('joins the lines with spaces in a one-line <input>', async () => {
    await field('标题').click();
    expect((await insertFromPanel(panel, '全文', '标题')).ok).toBe(true);
    expect(await field('标题').inputValue()).toBe(sampleLines.join(' '));
  });

  it('respects maxlength and says the text was cut', async () => {
    await field('摘要').click();
    expect(await insertFromPanel(panel, '全文', '摘要')).toEqual({
      ok: false,
      message: '已插入到网页，但该位置最多 8 字，超出部分未插入',
    });
    expect(await field('摘要').inputValue()).toBe(sampleText.slice(0, 8));
  });

  it('refuses a read-only field with a clear message and leaves it as it was', async () => {
    await field('批示').click();
    expect(await insertFromPanel(panel)).toEqual({ ok: false, message: '该位置是只读的，不能插入。' });
    expect(await field('批示').inputValue()).toBe('领导批示：同意。');
  });

  it('never writes into a password field, nor into the field focused before it', async () => {
    await field('标题').fill('');
    await field('标题').click();
    await page.getByLabel('密码').click();
    expect(await insertFromPanel(panel, null)).toEqual({ ok: false, message: '先在网页中点击要填写的位置' });
    expect(await page.getByLabel('密码').inputValue()).toBe('');
    expect(await field('标题').inputValue()).toBe('');
  });

  it('logged no console errors and sent nothing off this machine', () => {
    expectCleanSession(journey.session);
  });
});
