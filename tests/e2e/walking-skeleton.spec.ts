import { describe, expect, it } from 'vitest';
import { expectCleanSession, useJourney } from './fixtures/journey-setup';
import { requestsCarrying } from './fixtures/launch-extension';
import { PanelPage } from './pages/panel-page';
import { saveScreenshot } from './fixtures/screenshot';

const journey = useJourney();
const unit = '某某市政府办公室';
const achievement = '推行公文办理“一网通办”';

describe('walking skeleton: template → draft → insert into an OA page', () => {
  it('lets the toolbar icon open the side panel', async () => {
    const { worker } = journey.session;
    const behavior = await worker.evaluate(() => chrome.sidePanel.getPanelBehavior());
    expect(behavior.openPanelOnActionClick).toBe(true);
    const manifest = await worker.evaluate(() => chrome.runtime.getManifest());
    expect((manifest as { side_panel?: { default_path?: string } }).side_panel?.default_path).toBe('sidepanel.html');
  });

  it('renders Handlebars templates under the extension CSP, where eval is refused', async () => {
    const page = await journey.session.openPanelTab();
    // Playwright's evaluate is exempt from CSP; ask CDP to apply it, as the page's own code gets it.
    const cdp = await page.context().newCDPSession(page);
    const evaluated = (await cdp.send('Runtime.evaluate', {
      expression: "(() => { try { return String(new Function('return 1')()); } catch (e) { return e.name; } })()",
      allowUnsafeEvalBlockedByCSP: false,
      returnByValue: true,
    })) as { result: { value: string } };
    const evalRefused = evaluated.result.value;
    expect(evalRefused).toBe('EvalError');
    const panel = new PanelPage(page);
    await panel.openTemplates();
    await panel.chooseTemplate('工作总结');
    await panel.field('单位').fill(unit);
    await expect.poll(() => panel.preview().textContent()).toContain(`${unit}`);
    await page.close();
  });

  it('fills 工作总结, saves a draft that survives reopening, and inserts it at the caret of the OA textarea', async () => {
    const { session, server } = journey;
    const oa = await session.context.newPage();
    await oa.goto(server.url('/demo/oa-form.html'));
    const body = oa.getByRole('textbox', { name: '正文' });
    await body.fill('开头。结尾。');

    let panelPage = await session.openPanelWindow();
    let panel = new PanelPage(panelPage);
    await panel.openTemplates();
    await panel.chooseTemplate('工作总结');
    await panel.field('单位').fill(unit);
    await panel.field('时限').fill('2026年');
    await panel.field('做法').fill(achievement);
    const preview = panel.preview();
    await expect.poll(() => preview.textContent()).toContain(`${unit}2026年工作总结`);
    expect(await preview.textContent()).toContain(achievement);
    const rendered = (await preview.textContent())!;

    await panelPage.setViewportSize({ width: 420, height: 900 });
    await saveScreenshot(panelPage, 'panel-template');

    await panel.button('生成草稿').click();
    await expect.poll(() => panel.bodyInput().inputValue()).toBe(rendered);
    await expect.poll(() => panel.status().allTextContents()).toContain('已保存');

    // The draft lives in IndexedDB: read it there, then close and reopen the panel.
    const stored = await panelPage.evaluate(
      () =>
        new Promise<string[]>((resolve, reject) => {
          const open = indexedDB.open('wenshu');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const all = open.result.transaction('drafts').objectStore('drafts').getAll();
            all.onsuccess = () => resolve(all.result.map((draft: { body: string }) => draft.body));
          };
        }),
    );
    expect(stored).toEqual([rendered]);
    await panelPage.close();
    panelPage = await session.openPanelWindow();
    panel = new PanelPage(panelPage);
    await expect.poll(() => panel.bodyInput().inputValue()).toBe(rendered);
    expect(await panel.titleInput().inputValue()).toBe(`${unit}2026年工作总结`);
    await panelPage.setViewportSize({ width: 420, height: 760 });
    await saveScreenshot(panelPage, 'panel-draft');

    // Put the caret between the two sentences of the page's textarea, then insert from the panel.
    await body.click();
    await body.press('Control+Home');
    for (let i = 0; i < 3; i += 1) await body.press('ArrowRight');
    const inputEventsBefore = await oa.evaluate(() => (window as unknown as { inputEvents: number }).inputEvents);
    // The panel says where the text will go; 全文 because this page's textarea also gets the title.
    await panelPage.getByText('将插入到：127.0.0.1 的 正文', { exact: true }).waitFor();
    await panelPage.getByRole('combobox', { name: '插入内容' }).selectOption({ label: '全文' });
    await panel.button('插入到网页').click();
    await expect.poll(() => panel.status().allTextContents()).toContain(`已插入到网页：全文（${rendered.length} 字）`);
    expect(await body.inputValue()).toBe(`开头。${rendered}结尾。`);
    expect(await oa.evaluate(() => (window as unknown as { inputEvents: number }).inputEvents)).toBeGreaterThan(
      inputEventsBefore,
    );
    await oa.getByRole('button', { name: '提交' }).click();
    const submitted = await oa.evaluate(() => (window as unknown as { submitted: { body: string } }).submitted);
    expect(submitted.body).toBe(`开头。${rendered}结尾。`);

    expect(requestsCarrying(session.requests, [achievement, unit])).toEqual([]);
    await panelPage.close();
    await oa.close();
  });

  it('says where to click when no field on the page was focused, and inserts nothing', async () => {
    const { session, server } = journey;
    const oa = await session.context.newPage();
    await oa.goto(server.url('/demo/oa-form.html'));
    const panelPage = await session.openPanelWindow();
    const panel = new PanelPage(panelPage);
    await expect.poll(() => panel.bodyInput().isVisible()).toBe(true);
    await panel.button('插入到网页').click();
    await expect.poll(() => panel.alert().allTextContents()).toContain('先在网页中点击要填写的位置');
    expect(await oa.getByRole('textbox', { name: '正文' }).inputValue()).toBe('');
    expect(await oa.getByRole('textbox', { name: '标题' }).inputValue()).toBe('');
    await panelPage.close();
    await oa.close();
  });

  it('switches the interface to English and remembers the choice', async () => {
    const page = await journey.session.openPanelTab();
    const panel = new PanelPage(page);
    await page.getByRole('combobox', { name: '界面语言' }).selectOption('en');
    await expect.poll(() => page.getByRole('tab', { name: 'Templates' }).isVisible()).toBe(true);
    await page.reload();
    await expect.poll(() => page.getByRole('button', { name: 'Insert into page' }).isVisible()).toBe(true);
    await page.getByRole('combobox', { name: 'Interface language' }).selectOption('zh_CN');
    await expect.poll(() => panel.tab('模板').isVisible()).toBe(true);
    await page.close();
  });

  it('logged no console errors (CSP included) and sent nothing off this machine', () => {
    expectCleanSession(journey.session);
  });
});
