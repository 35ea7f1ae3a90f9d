import type { CDPSession, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectCleanSession, useJourney } from '../fixtures/journey-setup';
import { insertedMessage, insertFromPanel, openPanelWithDraft } from './panel-draft';
import { sampleText } from './sample-text';

const journey = useJourney();
const hostileHtml = '<p>甲</p><img src="x" onerror="window.hit = 1"><p onclick="window.hit = 2">乙</p>';

async function openPortal(): Promise<Page> {
  const page = await journey.session.context.newPage();
  await page.goto(journey.server.url('/fixtures/editors/hostile-portal.html'));
  await page.waitForFunction(() => (window as unknown as { editorReady?: boolean }).editorReady === true);
  return page;
}

/** Runs code in the extension's content-script world of a page: what a compromised renderer could do. */
async function inContentScriptWorld(page: Page, expression: string): Promise<unknown> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  const worlds: { id: number; origin: string; auxData?: { type?: string; isDefault?: boolean } }[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => worlds.push(context));
  await cdp.send('Runtime.enable');
  const world = worlds.find(
    (context) => context.auxData?.type === 'isolated' && context.origin.includes(journey.session.extensionId),
  );
  if (!world) throw new Error(`no content-script world among ${JSON.stringify(worlds)}`);
  const { result } = await cdp.send('Runtime.evaluate', {
    contextId: world.id,
    expression,
    awaitPromise: true,
    returnByValue: true,
  });
  await cdp.detach();
  return result.value;
}

describe('a hostile page and a hostile frame', () => {
  it('a cross-origin frame that keeps taking focus, and a page that moves focus to a hidden field, get nothing', async () => {
    const page = await openPortal();
    const panel = await openPanelWithDraft(journey.session, sampleText);
    const body = page.getByRole('textbox', { name: '正文', exact: true });
    await body.click();
    await panel.page.getByText('将插入到：127.0.0.1 的 正文', { exact: true }).waitFor();
    // Let the frame claim focus a few more times (it does every 150 ms) before the user turns to the panel.
    const widgetFrame = page.frame({ url: /hostile-widget/ })!;
    const claims = () => widgetFrame.evaluate(() => (window as unknown as { claims: number }).claims);
    const before = await claims();
    await widgetFrame.waitForFunction((count) => (window as unknown as { claims: number }).claims > count + 3, before);
    expect(await insertFromPanel(panel)).toEqual({ ok: true, message: insertedMessage(sampleText.length) });
    expect(await body.inputValue()).toBe(sampleText);
    expect(await page.getByLabel('陷阱').inputValue()).toBe('');
    const widget = page.frameLocator('#widget');
    expect(await widget.getByLabel('抓取').inputValue()).toBe('');
    expect(await widget.getByLabel('接收').inputValue()).toBe('');
    await panel.page.close();
    await page.close();
  });

  it('gives a page no observable answer to its events (it cannot tell the extension is installed)', async () => {
    const page = await openPortal();
    const ping = () => {
      const event = new Event('wenshu-tracker-ping', { cancelable: true });
      document.dispatchEvent(event);
      return event.defaultPrevented;
    };
    expect(await page.evaluate(ping)).toBe(false);
    expect(await page.frame({ url: /hostile-widget/ })!.evaluate(ping)).toBe(false);
    await page.close();
  });

  it("refuses insertions and captured-text rewrites sent from a page's content-script world", async () => {
    const page = await openPortal();
    await page.getByRole('textbox', { name: '正文', exact: true }).click();
    const replies = await inContentScriptWorld(
      page,
      `Promise.all([
        chrome.runtime.sendMessage({ kind: 'insertIntoPage', text: '甲乙', html: ${JSON.stringify(hostileHtml)}, mode: 'caret' }),
        chrome.runtime.sendMessage({ kind: 'replaceCapturedSelection', text: '甲乙', html: ${JSON.stringify(hostileHtml)} }),
        chrome.runtime.sendMessage({ kind: 'describeTarget' }),
      ])`,
    );
    expect(replies).toEqual([
      { ok: false, error: { code: 'unknown', detail: 'insertIntoPage: sender refused' } },
      { ok: false, error: { code: 'unknown', detail: 'replaceCapturedSelection: sender refused' } },
      { ok: false, error: { code: 'unknown', detail: 'describeTarget: sender refused' } },
    ]);
    expect(await page.getByRole('textbox', { name: '正文', exact: true }).inputValue()).toBe('');
    await page.close();
  });

  it('sanitises HTML in the page right before insertion, even from a trusted sender', async () => {
    const page = await journey.session.context.newPage();
    await page.goto(journey.server.url('/fixtures/editors/contenteditable.html'));
    const editor = page.getByRole('textbox', { name: '意见', exact: true });
    await editor.click();
    const reply = await journey.session.worker.evaluate(async (html) => {
      const window = await chrome.windows.getLastFocused({ populate: true, windowTypes: ['normal'] });
      const tab = window.tabs!.find((candidate) => candidate.active)!;
      const request = { kind: 'insertIntoFrame', text: '甲\n乙', html, mode: 'replaceAll', format: 'html' };
      return chrome.tabs.sendMessage(tab.id!, request, { frameId: 0 });
    }, hostileHtml);
    expect(reply).toMatchObject({ ok: true });
    await expect.poll(() => editor.textContent()).toContain('乙');
    const html = await editor.innerHTML();
    expect(html).not.toMatch(/onerror|onclick|<img/);
    expect(await page.evaluate(() => (window as unknown as { hit?: number }).hit)).toBeUndefined();
    await page.close();
  });

  it('writes nothing into a field the page turned into a password box after the click', async () => {
    const page = await journey.session.context.newPage();
    await page.goto(journey.server.url('/fixtures/editors/text-fields.html'));
    const panel = await openPanelWithDraft(journey.session, sampleText);
    const title = page.getByRole('textbox', { name: '标题', exact: true });
    await title.click();
    await panel.page.getByText('将插入到：127.0.0.1 的 标题', { exact: true }).waitFor();
    await page.evaluate(() => ((document.querySelector('input[name=title]') as HTMLInputElement).type = 'password'));
    for (const format of ['纯文本', '富文本']) {
      await panel.page.getByRole('combobox', { name: '格式' }).selectOption({ label: format });
      expect(await insertFromPanel(panel, null)).toEqual({ ok: false, message: '先在网页中点击要填写的位置' });
    }
    expect(await page.locator('input[name=title]').inputValue()).toBe('');
    await panel.page.close();
    await page.close();
  });

  it('loads no image from outside the extension into its pages (img-src)', async () => {
    const panel = await journey.session.openPanelTab();
    const url = journey.server.url('/fixtures/editors/remote.png');
    const violated = await panel.evaluate(
      (src) =>
        new Promise<string>((resolve) => {
          document.addEventListener('securitypolicyviolation', (event) => resolve(event.effectiveDirective), {
            once: true,
          });
          const image = new Image();
          image.src = src;
        }),
      url,
    );
    expect(violated).toBe('img-src');
    // The browser logs the refused image; that is the point of this test, not an error of the extension.
    const logged = () => journey.session.consoleErrors.filter((error) => error.includes(url));
    await expect.poll(() => logged().length).toBe(1);
    expect(logged()[0]).toContain('img-src');
    journey.session.consoleErrors.splice(journey.session.consoleErrors.indexOf(logged()[0]), 1);
    await panel.close();
  });

  it('logged no console errors and sent nothing off this machine', () => expectCleanSession(journey.session));
});
