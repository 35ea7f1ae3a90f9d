import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import type { JourneyContext } from '../fixtures/journey-setup';

/** The first-week setting: a 127.0.0.1 OA form in a tab, the panel in a 400 px popup window beside it. */
export async function openPanelBesidePage(journey: JourneyContext): Promise<{ oa: Page; panel: Page }> {
  const oa = await journey.session.context.newPage();
  await oa.goto(journey.server.url('/demo/oa-form.html'));
  const panel = await journey.session.openPanelWindow({ width: 400 });
  // The context's default viewport would otherwise stand in for the window's own size.
  await panel.setViewportSize({ width: 400, height: 800 });
  return { oa, panel };
}

export const isFocused = (locator: Locator) => locator.evaluate((element) => element === document.activeElement);

/** What has focus, by tag and visible name; `BODY` means focus was lost. */
export const focusedName = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return 'BODY';
    return `${element.tagName}:${element.getAttribute('aria-label') ?? element.textContent ?? ''}`.trim();
  });

/** A valid backup file with `count` drafts titled 种子草稿 1…count, written to a temp file; the same each time. */
export async function writeSeedBackup(count: number, name: string): Promise<string> {
  const base = Date.UTC(2026, 10, 1);
  const drafts = Array.from({ length: count }, (_, i) => ({
    id: `seed-${i + 1}`,
    title: `种子草稿 ${i + 1}`,
    body: `第 ${i + 1} 份草稿的正文。`,
    kind: '通知',
    tags: [],
    status: '草稿',
    pinned: false,
    createdAt: base + i * 60_000,
    updatedAt: base + i * 60_000,
    revision: 1,
  }));
  const file = join(tmpdir(), `i11-${name}-${process.pid}.json`);
  const backup = {
    format: 'wenshu-backup',
    version: 1,
    exportedAt: base,
    drafts,
    revisions: [],
    userTemplates: [],
    settings: [],
  };
  await writeFile(file, JSON.stringify(backup));
  return file;
}

/** Imports a backup file through 设置, keeping both on a clash, and returns the status text. */
export async function importBackup(panel: Page, file: string): Promise<void> {
  await panel.getByRole('tab', { name: '设置' }).click();
  await panel.getByRole('radio', { name: /保留两份/ }).check();
  await panel.getByLabel('导入备份').setInputFiles(file);
}
