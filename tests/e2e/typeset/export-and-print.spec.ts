import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { notice } from '../../../templates/builtin/notice';
import { saveScreenshot } from '../fixtures/screenshot';
import { expectCleanSession, useJourney } from '../fixtures/journey-setup';
import { requestsCarrying } from '../fixtures/launch-extension';
import { DraftsPage } from '../pages/drafts-page';
import { TemplateLibraryPage } from '../pages/template-library-page';
import { TypesetPage } from '../pages/typeset-page';

// The launcher asks for zh_CN.UTF-8, which this Debian image does not have, so Chromium falls back to an
// ASCII file-name charset and saves `通知.docx` as `download`; any UTF-8 locale gives the real names.
process.env.LC_ALL = 'C.UTF-8';
const journey = useJourney();
// The rewritten 通知 template puts the issuing office in front: ××关于××的通知.
const title = '某某市人民政府办公室关于开展2026年度安全生产检查的通知';

const styleOf = (documentXml: string, text: string) =>
  new RegExp(`<w:pStyle w:val="(\\w+)"/>(?:(?!</w:p>).)*?${text}`).exec(documentXml)?.[1];

describe('一键成文: .docx, print view and formatted text from the panel', () => {
  it('exports the 通知 made from its template as a GB/T 9704 .docx', async () => {
    const page = await journey.session.openPanelTab();
    const library = new TemplateLibraryPage(page);
    await library.open();
    await library.choose('通知');
    for (const field of notice.fields) {
      const scalars = field.type === 'group' ? field.fields : [field];
      for (const scalar of scalars) {
        if (!scalar.example) continue;
        // 公开方式 is a choice of fixed wordings since the template rewrite: a <select>, not a text box.
        if (scalar.type === 'choice') await library.field(scalar.label).selectOption({ label: scalar.example });
        else await library.field(scalar.label).fill(scalar.example);
      }
    }
    await expect.poll(() => library.status().allTextContents()).toContain('所有字段已填写');
    await library.button('生成草稿').click();
    const drafts = new DraftsPage(page);
    await expect.poll(() => drafts.title().inputValue()).toBe(title);

    const file = await new TypesetPage(page).download('导出 Word');
    expect(file.name).toBe(`${title}.docx`);
    const parts = unzipSync(file.bytes);
    const documentXml = strFromU8(parts['word/document.xml']);
    expect(documentXml).toContain('<w:pgSz w:w="11906" w:h="16838"');
    expect(documentXml).toContain('w:type="linesAndChars" w:linePitch="579"');
    // A long 标题 is broken into lines inside its one title paragraph (after 关于, per GB/T 9704).
    expect(styleOf(documentXml, '某某市人民政府办公室关于<')).toBe('GongwenTitle');
    expect(documentXml).toMatch(
      />某某市人民政府办公室关于<\/w:t><\/w:r><w:r><w:br\/><w:t[^>]*>开展2026年度安全生产检查的通知</,
    );
    expect(styleOf(documentXml, '一、检查范围')).toBe('GongwenHeading1');
    expect(styleOf(documentXml, '各县（市、区）人民政府，市政府各部门：')).toBe('GongwenAddressee');
    // The 发文机关 also opens the title, so the signature is matched as a whole paragraph.
    expect(styleOf(documentXml, '>某某市人民政府办公室<')).toBe('GongwenSignature');
    expect(styleOf(documentXml, '2026年11月26日')).toBe('GongwenDate');
    expect(strFromU8(parts['word/styles.xml'])).toContain('<w:name w:val="一级标题"/>');
    await expect.poll(() => page.getByRole('status').allTextContents()).toContain(`已导出 ${title}.docx`);
    await page.close();
  });

  it('opens the print view as an A4 sheet with the 公文 fonts, and screenshots it', async () => {
    const page = await journey.session.openPanelTab();
    const drafts = new DraftsPage(page);
    await expect.poll(() => drafts.title().inputValue()).toBe(title);
    const view = await new TypesetPage(page).openPrintView();
    const sheet = view.getByRole('main', { name: title });
    await expect.poll(() => sheet.locator('p').first().textContent()).toBe(title);
    const heading = sheet.locator('p', { hasText: '一、检查范围' });
    expect(await heading.evaluate((p) => getComputedStyle(p).fontFamily)).toMatch(/^黑体/);
    const layout = await view.evaluate(() => {
      const sheetBox = document.querySelector('main')!.getBoundingClientRect();
      const rules = [...document.styleSheets].flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText));
      const body = [...document.querySelectorAll('main p')].find((p) => p.textContent.startsWith('全市范围内'))!;
      return {
        widthMm: (sheetBox.width * 25.4) / 96,
        page: rules.find((rule) => rule.startsWith('@page {')),
        lineHeight: getComputedStyle(body).lineHeight,
      };
    });
    expect(layout.widthMm).toBeCloseTo(210, 0);
    expect(layout.page).toMatch(/size: 210mm 297mm; margin: 37mm 26mm 35mm 28mm;/);
    expect(parseFloat(layout.lineHeight)).toBeCloseTo((28.95 * 96) / 72, 0);
    await view.getByRole('button', { name: '打印或另存为 PDF' }).waitFor();
    await view.setViewportSize({ width: 900, height: 1200 });
    await saveScreenshot(view, 'print-view');
    await view.close();
    await page.close();
  });

  it('copies the typeset text so a rich editor keeps headings and indents', async () => {
    const { session, server } = journey;
    const target = await session.context.newPage();
    await target.goto(server.url('/fixtures/editors/unwritable-editor.html'));
    const page = await session.openPanelTab();
    await page.getByRole('button', { name: '复制为排版文本', exact: true }).click();
    await expect
      .poll(() => page.getByRole('status').allTextContents())
      .toContainEqual(expect.stringContaining('已复制排版文本'));
    const pasteArea = target.getByRole('textbox', { name: '粘贴区' });
    await pasteArea.click();
    await target.keyboard.press('Control+v');
    const heading = pasteArea.locator('p', { hasText: '一、检查范围' });
    await heading.waitFor();
    expect(await heading.getAttribute('style')).toContain('黑体');
    expect(await pasteArea.locator('p', { hasText: /^全市范围内/ }).getAttribute('style')).toContain('text-indent:2em');
    expect(await pasteArea.locator('p', { hasText: '2026年11月26日' }).getAttribute('style')).toContain(
      'text-align:right',
    );
    await target.close();
    await page.close();
  });

  it('exports the drafts ticked in the list as one .zip of .docx files', async () => {
    const page = await journey.session.openPanelTab();
    const drafts = new DraftsPage(page);
    await drafts.create('关于调整会议时间的通知', '各科室：\n原定周四的会议改至周五上午召开。\n办公室\n2026年11月27日');
    await drafts.backToList();
    const exportButton = page.getByRole('button', { name: /^导出所选为 Word/ });
    expect(await exportButton.isDisabled()).toBe(true);
    await page.getByRole('checkbox', { name: `选择：${title}` }).check();
    await page.getByRole('checkbox', { name: '选择：关于调整会议时间的通知' }).check();
    const file = await new TypesetPage(page).download('导出所选为 Word（2 份）');
    expect(file.name).toMatch(/^文书导出-\d{8}\.zip$/);
    const docs = unzipSync(file.bytes);
    expect(Object.keys(docs).sort()).toEqual([`${title}.docx`, '关于调整会议时间的通知.docx'].sort());
    const meeting = strFromU8(unzipSync(docs['关于调整会议时间的通知.docx'])['word/document.xml']);
    expect(styleOf(meeting, '关于调整会议时间的通知')).toBe('GongwenTitle');
    expect(styleOf(meeting, '2026年11月27日')).toBe('GongwenDate');
    await page.close();
  });

  it('sent no draft text anywhere and logged no errors', () => {
    expect(requestsCarrying(journey.session.requests, [title, '安全生产', '会议改至'])).toEqual([]);
    expectCleanSession(journey.session);
  });
});
