import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectCleanSession, useJourney } from './fixtures/journey-setup';
import { launchExtension, type ExtensionSession } from './fixtures/launch-extension';
import { DraftsPage } from './pages/drafts-page';

const journey = useJourney();
let fresh: ExtensionSession;
// The wiped machine of the round trip: a second browser, started like the first one, before the tests (its
// start-up alone took 15 s of the round trip's 60 s on a loaded machine).
beforeAll(async () => {
  fresh = await launchExtension();
});
afterAll(async () => fresh?.close());

async function exportFrom(page: Page): Promise<{ text: string; parsed: Record<string, unknown> }> {
  await page.getByRole('tab', { name: '设置' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出备份' }).click();
  const text = await readFile(await (await download).path(), 'utf8');
  return { text, parsed: JSON.parse(text) };
}

/**
 * Form values as an older version could store them, before field names like `constructor` were refused:
 * a user's own backup holding them must still restore (issue 15, item 5).
 */
async function storeOldFieldValues(page: Page) {
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('wenshu');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const store = open.result.transaction('drafts', 'readwrite').objectStore('drafts');
          const all = store.getAll();
          all.onsuccess = () => {
            const [first] = all.result as Record<string, unknown>[];
            first.fieldValues = JSON.parse('{"__proto__":"办公室","constructor":"张三","prototype":"2026年"}');
            const put = store.put(first);
            put.onsuccess = () => resolve();
            put.onerror = () => reject(put.error);
          };
        };
      }),
  );
}

const withoutExportTime = ({ exportedAt: _time, ...rest }: Record<string, unknown>) => rest;

describe('backup', () => {
  it('round-trips everything exactly: export, wipe (a fresh profile), import, export again', async () => {
    const page = await journey.session.openPanelTab();
    const drafts = new DraftsPage(page);
    await drafts.create('关于加强公文管理的通知', '各科室：\n为进一步规范公文管理，现将有关事项通知如下。');
    await page.keyboard.press('Control+s');
    await drafts.create('情况汇报', '现将有关情况汇报如下：');
    await storeOldFieldValues(page);
    const original = await exportFrom(page);
    expect((original.parsed.drafts as unknown[]).length).toBe(2);
    expect(original.text).toContain('"__proto__": "办公室"');

    const freshPage = await fresh.openPanelTab();
    await freshPage.getByRole('tab', { name: '设置' }).click();
    const file = join(tmpdir(), `wenshu-backup-${Date.now()}.json`);
    await writeFile(file, original.text);
    await freshPage.getByLabel('导入备份').setInputFiles(file);
    await expect
      .poll(() => freshPage.getByRole('status').filter({ hasText: '导入完成' }).textContent())
      .toContain('新增 2 份');
    const again = await exportFrom(freshPage);
    expect(withoutExportTime(again.parsed)).toEqual(withoutExportTime(original.parsed));
    expectCleanSession(fresh);
    await page.close();
  });

  it('rejects a truncated or hostile file with a clear message and changes nothing', async () => {
    const page = await journey.session.openPanelTab();
    const before = await exportFrom(page);
    const truncated = join(tmpdir(), `wenshu-truncated-${Date.now()}.json`);
    await writeFile(truncated, before.text.slice(0, before.text.length / 2));
    await page.getByLabel('导入备份').setInputFiles(truncated);
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('备份文件无效，未做任何更改');
    expect(await page.getByRole('alert').textContent()).toContain('不是有效的 JSON');

    const hostile = JSON.parse(before.text);
    hostile.drafts[0] = JSON.parse(`{"__proto__": {"polluted": true}, ${JSON.stringify(hostile.drafts[0]).slice(1)}`);
    hostile.drafts[1].body = 42;
    const hostileFile = join(tmpdir(), `wenshu-hostile-${Date.now()}.json`);
    await writeFile(hostileFile, JSON.stringify(hostile));
    await page.getByLabel('导入备份').setInputFiles(hostileFile);
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('含有不允许的字段');

    const after = await exportFrom(page);
    expect(withoutExportTime(after.parsed)).toEqual(withoutExportTime(before.parsed));
    await page.close();
  });

  it('logged no console errors and sent nothing off this machine', () => {
    expectCleanSession(journey.session);
  });
});
