import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectCleanSession, useJourney } from '../fixtures/journey-setup';
import { readDrafts } from './read-drafts';
import { clickMenuItem, pressCommand } from './service-worker-events';

const journey = useJourney();
const selected = '关于加强值班工作的通知\n各科室：节假日期间请安排专人值班。';
let page: Page;
let extensionPage: Page;
const reply = () => page.getByRole('textbox', { name: '回复' });
const selectSource = () =>
  page.evaluate(() => {
    const range = document.createRange();
    range.selectNodeContents(document.getElementById('source')!);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
  });

beforeAll(async () => {
  page = await journey.session.context.newPage();
  await page.goto(journey.server.url('/fixtures/editors/capture.html'));
  extensionPage = await journey.session.openPanelTab();
  // The panel stores its open draft (none yet) as lastDraftId on start: let that happen first.
  await extensionPage.getByRole('button', { name: /^新建(空白)?草稿$/ }).waitFor();
  await page.bringToFront();
});
afterAll(async () => {
  await extensionPage.close();
  await page.close();
});

describe('capture from the page: context menu and shortcut', () => {
  it('存为草稿 saves the selection, line breaks kept, as a new draft of kind 其他', async () => {
    await selectSource();
    await clickMenuItem(journey.session.worker, 'wenshu-save-as-draft');
    await expect
      .poll(() => readDrafts(extensionPage))
      .toEqual([expect.objectContaining({ title: '关于加强值班工作的通知', body: selected, kind: '其他' })]);
  });

  it("插入草稿到此处 inserts the panel's current draft into the field right-clicked", async () => {
    await reply().click();
    await clickMenuItem(journey.session.worker, 'wenshu-insert-draft');
    await expect.poll(() => reply().inputValue()).toBe(selected);
  });

  it('the insert-draft shortcut inserts the current draft into the focused field', async () => {
    await reply().fill('');
    await reply().click();
    await pressCommand(journey.session.worker, 'insert-draft');
    await expect.poll(() => reply().inputValue()).toBe(selected);
  });

  it('润色所选 keeps the selection for the polishing view, which can replace it in place', async () => {
    await reply().fill('请审阅：原文。谢谢');
    await reply().evaluate((field: HTMLTextAreaElement) => field.setSelectionRange(4, 7));
    await reply().press('Shift+ArrowRight'); // a real selection gesture, extended to 原文。谢
    await reply().press('Shift+ArrowLeft');
    await clickMenuItem(journey.session.worker, 'wenshu-polish-selection');
    const captured = () => journey.session.worker.evaluate(() => chrome.storage.session.get('capturedSelection'));
    await expect.poll(async () => (await captured()).capturedSelection).toMatchObject({ text: '原文。', frameId: 0 });

    const result = await extensionPage.evaluate(() =>
      chrome.runtime.sendMessage({
        kind: 'replaceCapturedSelection',
        text: '修改后的原文。',
        html: '<p>修改后的原文。</p>',
      }),
    );
    expect(result).toMatchObject({ ok: true });
    expect(await reply().inputValue()).toBe('请审阅：修改后的原文。谢谢');
  });

  it('a menu action that cannot be done marks the toolbar icon and says why in the panel', async () => {
    await page.evaluate(() => document.getSelection()!.removeAllRanges());
    await clickMenuItem(journey.session.worker, 'wenshu-save-as-draft');
    const badge = () => journey.session.worker.evaluate(() => chrome.action.getBadgeText({}));
    await expect.poll(badge).toBe('!');
    // The tooltip follows the browser's language (chrome.i18n), the panel the user's chosen one.
    const [title, expected] = await journey.session.worker.evaluate(async () => [
      await chrome.action.getTitle({}),
      `${chrome.i18n.getMessage('extName')}：${chrome.i18n.getMessage('errNoSelection')}`,
    ]);
    expect(title).toBe(expected);
    const alert = extensionPage.getByRole('alert').filter({ hasText: '右键菜单或快捷键的操作未完成' });
    await expect.poll(() => alert.textContent()).toContain('先在网页中选中文字');
    await alert.getByRole('button', { name: '知道了' }).click();
    await expect.poll(badge).toBe('');
    await expect.poll(() => alert.count()).toBe(0);
  });

  it('logged no console errors and sent nothing off this machine', () => expectCleanSession(journey.session));
});
