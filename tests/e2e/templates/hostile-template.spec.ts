import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectCleanSession, useJourney } from '../fixtures/journey-setup';
import { TemplateLibraryPage } from '../pages/template-library-page';

const journey = useJourney();

const tenFields = Array.from({ length: 10 }, (_, i) => ({ name: `f${i}`, label: `字段${i}`, type: 'text' }));
// 10⁹ iterations: before the render budget this blocked the panel for more than 20 s, on every listing.
const loopBomb = '{{#each @root}}'.repeat(9) + '炸' + '{{/each}}'.repeat(9);
// 99 KB of nested blocks: the parser alone took 16 s before failing.
const deepBody = '{{#if a}}'.repeat(6200) + '深' + '{{/if}}'.repeat(6200);

describe('a hostile template', () => {
  it('is refused as too complex without freezing the panel, and can be deleted from the list', async () => {
    const page = await journey.session.openPanelTab();
    const library = new TemplateLibraryPage(page);
    await library.open();
    const file = join(mkdtempSync(join(tmpdir(), 'wenshu-hostile-')), 'pack.json');
    const templates = [
      { name: '循环炸弹', kind: '其他', description: '', fields: tenFields, body: loopBomb },
      { name: '层层嵌套', kind: '其他', description: '', fields: tenFields, body: deepBody },
    ];
    writeFileSync(file, JSON.stringify({ format: 'wenshu-templates', version: 1, templates }));
    await library.importInput().setInputFiles(file);
    await expect.poll(() => library.status().allTextContents()).toContain('已导入 2 个模板：循环炸弹、层层嵌套');

    // Listed without being run: the deep one is marked broken by the static check alone.
    const options = () => library.chooser().locator('optgroup[label="我的模板"] option').allTextContents();
    await expect.poll(options).toEqual(['层层嵌套（需修正）', '循环炸弹']);

    await library.choose('循环炸弹');
    await expect
      .poll(() => library.alert().allTextContents())
      .toContain('模板过于复杂：生成它需要的步骤或文字超出上限，多半是循环套得太多。请简化模板，或删除它。');
    // The main thread answers at once: the panel is not frozen.
    expect(await page.evaluate(() => document.visibilityState)).toBe('visible');

    await library.menuAction('删除模板');
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: '删除模板' }).click();
    await expect.poll(options).toEqual(['层层嵌套（需修正）']);

    await library.choose('层层嵌套（需修正）');
    await library.menuAction('编辑模板');
    await expect.poll(() => library.alert().first().textContent()).toContain('模板过于复杂：块嵌套超过 32 层。');
    expectCleanSession(journey.session);
  });
});
