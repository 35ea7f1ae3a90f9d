import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectCleanSession, useJourney } from '../fixtures/journey-setup';
import type { PanelPage } from '../pages/panel-page';
import { hostileText, hostileTraces, insertHostileHtml } from './hostile-html';
import { readDrafts } from './read-drafts';
import { clickMenuItem } from './service-worker-events';
import { insertedMessage, insertFromPanel, openPanelWithDraft } from './panel-draft';
import { sampleLines, sampleText, squeeze } from './sample-text';

const journey = useJourney();
const [title, ...bodyLines] = sampleLines;
const bodyText = bodyLines.join('\n');
let page: Page;
let panel: PanelPage;
const partChoice = () => panel.page.getByRole('combobox', { name: '插入内容' });
const targetLine = (text: string) => panel.page.getByText(text, { exact: true });

beforeAll(async () => {
  page = await journey.session.context.newPage();
  await page.goto(journey.server.url('/fixtures/editors/shadow-form.html'));
  await page.waitForFunction(() => (window as unknown as { editorReady?: boolean }).editorReady === true);
  panel = await openPanelWithDraft(journey.session, sampleText);
});
afterAll(async () => {
  await panel.page.close();
  await page.close();
});

describe('web-component forms (open shadow roots) and the right part of the text', () => {
  it('puts only the title into a one-line field, and says so', async () => {
    await page.getByRole('textbox', { name: '标题', exact: true }).click();
    await targetLine('将插入到：127.0.0.1 的 标题').waitFor();
    await expect.poll(() => partChoice().inputValue()).toBe('title');
    expect(await insertFromPanel(panel, null)).toEqual({ ok: true, message: insertedMessage(title.length, '标题') });
    expect(await page.getByRole('textbox', { name: '标题', exact: true }).inputValue()).toBe(title);
  });

  it('puts the body without its title line into a textarea two shadow roots deep', async () => {
    const body = page.getByRole('textbox', { name: '正文', exact: true });
    await body.click();
    await targetLine('将插入到：127.0.0.1 的 正文').waitFor();
    await expect.poll(() => partChoice().inputValue()).toBe('body');
    expect(await insertFromPanel(panel, null)).toEqual({ ok: true, message: insertedMessage(bodyText.length, '正文') });
    expect(await body.inputValue()).toBe(bodyText);
  });

  it('inserts into a contenteditable inside a shadow root, and remembers 全文 for this site', async () => {
    const opinion = page.getByRole('textbox', { name: '意见' });
    await opinion.click();
    await targetLine('将插入到：127.0.0.1 的 意见').waitFor();
    expect((await insertFromPanel(panel, '全文')).ok).toBe(true);
    await expect.poll(async () => squeeze((await opinion.textContent()) ?? '')).toBe(squeeze(sampleText));
    // The choice holds for this site's multi-line fields, also in a panel opened later.
    await panel.page.reload();
    await page.getByRole('textbox', { name: '正文', exact: true }).click();
    await targetLine('将插入到：127.0.0.1 的 正文').waitFor();
    await expect.poll(() => partChoice().inputValue()).toBe('all');
    await page.getByRole('textbox', { name: '标题', exact: true }).click();
    await targetLine('将插入到：127.0.0.1 的 标题').waitFor();
    await expect.poll(() => partChoice().inputValue()).toBe('title');
  });

  it('runs nothing of hostile HTML inserted into the contenteditable in a shadow root, and its text arrives', async () => {
    const opinion = page.getByRole('textbox', { name: '意见' });
    await opinion.click();
    await targetLine('将插入到：127.0.0.1 的 意见').waitFor();
    expect(await insertHostileHtml(panel)).toMatchObject({ ok: true });
    await expect.poll(async () => squeeze((await opinion.textContent()) ?? '')).toBe(hostileText);
    expect(await hostileTraces(page)).toEqual([]);
  });

  it('captures a selection made inside a shadow-root textarea (存为草稿)', async () => {
    const body = page.getByRole('textbox', { name: '正文', exact: true });
    await body.fill('第一行\n第二行');
    await body.click();
    await page.keyboard.press('Control+a');
    await clickMenuItem(journey.session.worker, 'wenshu-save-as-draft');
    await expect
      .poll(async () => (await readDrafts(panel.page)).map((draft) => draft.body))
      .toContain('第一行\n第二行');
  });

  it('logged no console errors and sent nothing off this machine', () => expectCleanSession(journey.session));
});
