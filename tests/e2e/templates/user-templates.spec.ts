import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectCleanSession, useJourney } from '../fixtures/journey-setup';
import { TemplateLibraryPage } from '../pages/template-library-page';

const journey = useJourney();
const goodBody = '关于{{topic}}的督查通报\n\n{{unit}}：\n现将{{topic}}督查情况通报如下。';
const brokenBody = '关于{{topic}的督查通报\n\n{{unit}}：\n现将{{topic}}督查情况通报如下。';

async function describeField(library: TemplateLibraryPage, legend: string, label: string, name: string) {
  const group = library.schemaField(legend);
  await library.editorInput('显示名', group).fill(label);
  await library.editorInput('名称（英文）', group).fill(name);
  return group;
}

describe('user templates', () => {
  it('creates, breaks, fixes and then fills a template of its own', async () => {
    const page = await journey.session.openPanelTab();
    await page.setViewportSize({ width: 400, height: 900 });
    const library = new TemplateLibraryPage(page);
    await library.open();
    await library.menuAction('新建模板');
    await library.editorInput('模板名称').fill('督查通报');
    await library.editorInput('模板正文').fill(goodBody);
    await library.button('添加字段').click();
    const topic = await describeField(library, '字段 1', '督查事项', 'topic');
    await topic.getByRole('checkbox', { name: '必填' }).check();
    await library.editorInput('示例', topic).fill('秋粮收购');
    await library.button('添加字段').click();
    await describeField(library, '字段 2', '主送单位', 'unit');
    await expect.poll(() => library.preview('示例预览').textContent()).toContain('关于秋粮收购的督查通报');
    await expect.poll(() => page.getByText('没有发现问题').isVisible()).toBe(true);
    await library.button('保存模板').click();
    await expect.poll(() => library.status().allTextContents()).toContain('模板已保存');

    // Break it: the error names line and column and shows the offending line.
    await library.editorInput('模板正文').fill(brokenBody);
    await expect.poll(() => library.alert().first().textContent()).toMatch(/第 1 行第 \d+ 列有错误/);
    expect(await library.alert().first().textContent()).toContain('关于{{topic}的督查通报');
    await library.editorInput('模板正文').fill(`${goodBody}\n{{shout unit}}`);
    await expect.poll(() => page.getByText('没有名为“shout”的函数').count()).toBeGreaterThan(0);
    await library.editorInput('模板正文').fill(`${goodBody}\n{{lead}}`);
    await expect.poll(() => page.getByText('提醒：正文用到了“lead”，但没有这个字段').isVisible()).toBe(true);
    await library.editorInput('模板正文').fill(brokenBody);
    await library.button('保存模板').click();
    await expect
      .poll(() => library.status().allTextContents())
      .toContain('模板已保存，但还有错误，修正后才能用来填写。');
    await library.button('返回模板').click();
    await library.choose('督查通报（需修正）');
    await expect
      .poll(() => library.alert().allTextContents())
      .toContain('此模板有错误，修正后才能用来填写。请点“编辑模板”。');
    expect(await library.button('生成草稿').count()).toBe(0);

    // Fix it and use it.
    await library.menuAction('编辑模板');
    await library.editorInput('模板正文').fill(goodBody);
    await library.button('保存模板').click();
    await expect.poll(() => library.status().allTextContents()).toContain('模板已保存');
    await library.button('返回模板').click();
    await library.choose('督查通报');
    await library.field('督查事项').fill('河道清淤');
    await library.field('主送单位').fill('各乡镇人民政府');
    await expect.poll(() => library.preview().textContent()).toContain('关于河道清淤的督查通报');
    await expect.poll(() => library.status().allTextContents()).toContain('所有字段已填写');
    await library.button('生成草稿').click();
    await expect
      .poll(() => page.getByRole('textbox', { name: '正文', exact: true }).inputValue())
      .toContain('各乡镇人民政府：');
    await page.close();
  });

  it('imports a template pack, keeps both on a name clash, and refuses a malformed one without changes', async () => {
    const page = await journey.session.openPanelTab();
    const library = new TemplateLibraryPage(page);
    await library.open();
    const dir = mkdtempSync(join(tmpdir(), 'wenshu-pack-'));
    const pack = {
      format: 'wenshu-templates',
      version: 1,
      templates: [
        {
          name: '督查通报',
          kind: '其他',
          description: '',
          fields: [{ name: 'topic', label: '事项', type: 'text' }],
          body: '{{topic}}通报',
        },
        { name: '值班安排', kind: '通知', description: '', fields: [], body: '关于值班安排的通知' },
      ],
    };
    const good = join(dir, 'pack.json');
    writeFileSync(good, JSON.stringify(pack));
    await library.importInput().setInputFiles(good);
    await expect
      .poll(() => library.status().allTextContents())
      .toContain('已导入 2 个模板：督查通报（副本）、值班安排');
    const options = () => library.chooser().locator('optgroup[label="我的模板"] option').allTextContents();
    await expect.poll(options).toEqual(['值班安排', '督查通报', '督查通报（副本）']);

    const truncated = join(dir, 'truncated.json');
    writeFileSync(truncated, JSON.stringify(pack).slice(0, 80));
    await library.importInput().setInputFiles(truncated);
    await expect
      .poll(() => library.alert().allTextContents())
      .toContain('无法导入：文件不完整，可能下载或复制时被截断。没有做任何更改。');
    const wrong = join(dir, 'wrong.json');
    writeFileSync(
      wrong,
      JSON.stringify({ ...pack, templates: [...pack.templates, { name: 'x', kind: '小说', fields: [], body: '' }] }),
    );
    await library.importInput().setInputFiles(wrong);
    await expect
      .poll(() => library.alert().allTextContents())
      .toContain('无法导入：模板包内容有误（第 3 个模板《x》的“文种”）。没有做任何更改。');
    // A field named like an Object built-in would end up as a key in every draft made from the template.
    const reserved = join(dir, 'reserved.json');
    const field = { name: 'constructor', label: '单位', type: 'text' };
    writeFileSync(reserved, JSON.stringify({ ...pack, templates: [{ ...pack.templates[1], fields: [field] }] }));
    await library.importInput().setInputFiles(reserved);
    await expect
      .poll(() => library.alert().allTextContents())
      .toContain(
        '无法导入：模板的字段定义有误（第 1 个模板《值班安排》的“字段”，字段 1（constructor）：constructor、__proto__、prototype 是程序保留的名称，不能用作字段名，请换一个名称）。没有做任何更改。',
      );
    expect(await options()).toEqual(['值班安排', '督查通报', '督查通报（副本）']);

    // 导出模板包 writes what is stored; the file imports again as it is.
    const download = page.waitForEvent('download');
    await library.menuAction('导出模板包');
    const exported = JSON.parse(readFileSync(await (await download).path(), 'utf8'));
    expect(exported.format).toBe('wenshu-templates');
    expect(exported.templates.map((template: { name: string }) => template.name).sort()).toEqual([
      '值班安排',
      '督查通报',
      '督查通报（副本）',
    ]);

    // Deleting asks first; cancelling keeps the template.
    await library.choose('值班安排');
    await library.menuAction('编辑模板');
    await library.button('删除模板').click();
    const dialog = page.getByRole('dialog');
    expect(await dialog.textContent()).toContain('删除模板“值班安排”？已用它生成的草稿不受影响。');
    await dialog.getByRole('button', { name: '取消' }).click();
    await library.button('删除模板').click();
    await page.getByRole('dialog').getByRole('button', { name: '删除模板' }).click();
    await expect.poll(options).toEqual(['督查通报', '督查通报（副本）']);
    await page.close();
  });

  it('logged no console errors and sent nothing off this machine', () => {
    expectCleanSession(journey.session);
  });
});
