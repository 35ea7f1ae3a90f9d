import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectCleanSession, useJourney } from '../fixtures/journey-setup';
import { DraftsPage } from '../pages/drafts-page';
import { TemplateLibraryPage } from '../pages/template-library-page';

const journey = useJourney();

async function openLibrary(template: string): Promise<{ page: Page; library: TemplateLibraryPage }> {
  const page = await journey.session.openPanelTab();
  await page.setViewportSize({ width: 400, height: 900 });
  const library = new TemplateLibraryPage(page);
  await library.open();
  await library.choose(template);
  return { page, library };
}

/** The typeset paragraphs: text and the layout a reader sees. */
async function typeset(preview: Locator) {
  return preview.locator('p').evaluateAll((paragraphs) =>
    paragraphs.map((p) => {
      const style = getComputedStyle(p);
      return {
        text: p.textContent ?? '',
        align: style.textAlign,
        indent: Math.round((parseFloat(style.textIndent) / parseFloat(style.fontSize)) * 10) / 10,
        font: style.fontFamily,
        spaced: parseFloat(style.marginTop) > 0,
      };
    }),
  );
}

describe('formal 公文 templates, filled as a director would', () => {
  it('fills 印发通知 with an attachment: plain text for a textarea and a typeset A4 page fitted to the panel', async () => {
    const { page, library } = await openLibrary('印发通知');
    await library.field('发文机关').fill('某某县人民政府办公室');
    await library.field('印发文件名称').fill('某某县政务服务事项管理办法');
    await library.field('主送机关').fill('各乡镇人民政府，县政府各部门');
    await library.field('执行要求').selectOption({ label: '请认真贯彻执行。' });
    await library.field('附件名称').fill('某某县政务服务事项管理办法');
    await library.field('成文日期').fill('2026-12-01');
    await library.field('公开方式').selectOption({ label: '此件公开发布' });
    await expect.poll(() => library.status().allTextContents()).toContain('所有字段已填写');

    const text = (await library.preview().textContent()) ?? '';
    expect(text).toContain(
      [
        '某某县人民政府办公室关于印发《某某县政务服务事项管理办法》的通知',
        '',
        '各乡镇人民政府，县政府各部门：',
        '　　现将《某某县政务服务事项管理办法》印发给你们，请认真贯彻执行。',
        '',
        '　　附件：某某县政务服务事项管理办法',
        '',
        '某某县人民政府办公室',
        '2026年12月1日',
        '　　（此件公开发布）',
      ].join('\n'),
    );
    expect(text).not.toContain('特此通知');

    // 段首空两格 is a setting: off, paragraphs start flush; it stays off after a reload.
    await page.getByRole('checkbox', { name: '段首空两格' }).uncheck();
    await expect.poll(() => library.preview().textContent()).toContain('\n现将《某某县政务服务事项管理办法》');
    await page.reload();
    await library.open();
    await library.choose('印发通知');
    await expect.poll(() => page.getByRole('checkbox', { name: '段首空两格' }).isChecked()).toBe(false);
    await expect.poll(() => library.preview().textContent()).toContain('\n附件：某某县政务服务事项管理办法');
    await page.getByRole('checkbox', { name: '段首空两格' }).check();

    await page.getByRole('radio', { name: '排版' }).check();
    const preview = library.preview();
    await expect.poll(async () => (await typeset(preview)).length).toBe(7);
    const [title, addressee, opening, attachment, unit, date, note] = await typeset(preview);
    expect(title).toMatchObject({ align: 'center', text: expect.stringContaining('关于印发') });
    expect(title.font).toContain('小标宋');
    expect(addressee).toMatchObject({ text: '各乡镇人民政府，县政府各部门：', indent: 0, spaced: true });
    expect(opening).toMatchObject({ indent: 2, spaced: false });
    expect(attachment).toMatchObject({ text: '附件：某某县政务服务事项管理办法', indent: 2, spaced: true });
    expect(unit).toMatchObject({ align: 'right', spaced: true });
    expect(date).toMatchObject({ text: '2026年12月1日', align: 'right' });
    expect(note).toMatchObject({ text: '（此件公开发布）', indent: 2 });

    // A whole A4 page (28 characters a line) scaled into the panel, not 3号 text at a dozen a line.
    const frame = await preview.boundingBox();
    const sheet = await preview.locator('.page').boundingBox();
    expect(sheet!.width).toBeLessThanOrEqual(frame!.width);
    expect(sheet!.width).toBeGreaterThan(frame!.width * 0.9);
    expect(sheet!.height / sheet!.width).toBeCloseTo(297 / 210, 1);
    // Characters on the opening paragraph's first line: 26 after its two-character indent.
    const perLine = await preview
      .locator('p')
      .nth(2)
      .evaluate((p) => {
        const range = document.createRange();
        range.selectNodeContents(p);
        const line = range.getClientRects()[0];
        range.setStart(p.firstChild!, 0);
        range.setEnd(p.firstChild!, 1);
        return line.width / range.getBoundingClientRect().width;
      });
    expect(Math.round(perLine)).toBeGreaterThanOrEqual(25);
    await page.close();
  });

  it('fills 会议纪要 with two topics: decisions with 责任单位 and 时限, 出席 below the body', async () => {
    const { page, library } = await openLibrary('会议纪要');
    await library.field('会议名称').fill('县政府第5次常务会议');
    await library.field('会议日期').fill('2026-11-20');
    await library.field('地点').fill('县政府二楼会议室');
    await library.field('主持').fill('县长王某某');
    await library.field('会议内容').fill('研究冬季安全生产和农村公路建设工作');
    const topics = page.getByRole('group', { name: /^议题/ });
    const rows = topics.getByRole('group', { name: /^第 \d+ 项$/ });
    const first = rows.nth(0);
    await library.field('议题名称', first).fill('冬季安全生产');
    await library.field('会议认为', first).fill('当前安全生产形势总体平稳');
    await library.field('会议决定', first).fill('开展冬季安全生产大检查');
    await library.field('责任单位', first).fill('县应急管理局');
    await library.field('完成时限', first).fill('2026年12月底前');
    await library.button('添加一项：议题').click();
    const second = rows.nth(1);
    await library.field('议题名称', second).fill('农村公路建设');
    await library.field('会议决定', second).fill('原则同意农村公路建设计划');
    await library.field('责任单位', second).fill('县交通运输局');
    await library.field('完成时限', second).fill('2027年3月底前');
    await library.field('出席').fill('王某某、李某某');
    await library.field('请假').fill('赵某某');
    await expect.poll(() => library.status().allTextContents()).toContain('所有字段已填写');

    const text = (await library.preview().textContent()) ?? '';
    expect(text).toBe(
      [
        '县政府第5次常务会议纪要',
        '',
        '　　2026年11月20日，县长王某某在县政府二楼会议室主持召开县政府第5次常务会议，研究冬季安全生产和农村公路建设工作。现将会议议定事项纪要如下：',
        '一、关于冬季安全生产的问题',
        '　　会议认为，当前安全生产形势总体平稳。',
        '　　会议决定，开展冬季安全生产大检查。（责任单位：县应急管理局；完成时限：2026年12月底前）',
        '二、关于农村公路建设的问题',
        '　　会议决定，原则同意农村公路建设计划。（责任单位：县交通运输局；完成时限：2027年3月底前）',
        '',
        '　　出席：王某某、李某某',
        '　　请假：赵某某',
      ].join('\n'),
    );

    await page.getByRole('radio', { name: '排版' }).check();
    await expect.poll(async () => (await typeset(library.preview())).length).toBe(9);
    const paragraphs = await typeset(library.preview());
    const headings = paragraphs.filter((p) => /^[一二]、/.test(p.text));
    expect(headings.map((h) => h.text)).toEqual(['一、关于冬季安全生产的问题', '二、关于农村公路建设的问题']);
    for (const heading of headings) expect(heading.font).toContain('黑体');
    expect(paragraphs[7]).toMatchObject({ text: '出席：王某某、李某某', indent: 2, spaced: true });

    await library.button('生成草稿').click();
    const drafts = new DraftsPage(page);
    await expect.poll(() => drafts.title().inputValue()).toBe('县政府第5次常务会议纪要');
    expect(await page.getByRole('textbox', { name: '正文', exact: true }).inputValue()).toBe(text);
    await page.close();
  });

  it('offers 另拟请示 from 情况汇报: the 请示 opens with the subject, office and unit carried over', async () => {
    const { page, library } = await openLibrary('情况汇报');
    expect(await page.getByText('需要领导协调解决的事项').count()).toBe(0);
    await library.field('汇报事项').fill('全县冬季安全生产检查');
    await library.field('主送机关').fill('县人民政府');
    await library.field('汇报单位').fill('某某县应急管理局');
    await library.button('另拟请示').click();
    await expect.poll(() => library.chooser().inputValue()).toBe('request');
    await expect.poll(() => library.field('标题事由').inputValue()).toBe('全县冬季安全生产检查');
    expect(await library.field('主送机关').inputValue()).toBe('县人民政府');
    expect(await library.field('请示单位').inputValue()).toBe('某某县应急管理局');
    // Focus moves into the new form instead of being lost with the button.
    expect(await page.evaluate(() => document.activeElement?.tagName)).toMatch(/INPUT|TEXTAREA|SELECT/);
    await expect.poll(() => library.preview().textContent()).toContain('关于全县冬季安全生产检查的请示');
    await page.close();
  });

  it('shows built-in template labels in the interface language; the document stays Chinese', async () => {
    const { page, library } = await openLibrary('请示');
    await page.getByRole('combobox', { name: '界面语言' }).selectOption('en');
    await expect.poll(() => page.getByLabel('Subject (required)').count()).toBe(1);
    const chooser = page.getByRole('combobox', { name: 'Choose a template' });
    await expect.poll(() => chooser.locator('option:checked').textContent()).toBe('Request for instructions');
    await page.getByLabel('Subject (required)').fill('拨付防汛经费');
    await expect.poll(() => library.preview('Preview').textContent()).toContain('关于拨付防汛经费的请示');
    expect(await library.preview('Preview').textContent()).toContain('【待填：主送机关】');

    await page.getByRole('combobox', { name: 'Interface language' }).selectOption('zh_TW');
    await expect.poll(() => page.getByLabel('標題事由 （必填）').count()).toBe(1);
    const chooserTw = page.getByRole('combobox', { name: '選擇範本' });
    await expect.poll(() => chooserTw.locator('option:checked').textContent()).toBe('請示');
    await page.close();
  });

  it('logged no console errors and sent nothing off this machine', () => {
    expectCleanSession(journey.session);
  });
});
