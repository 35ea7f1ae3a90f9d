import type { Page } from 'playwright-core';

/** Clicks the page's 提交 (a real click: editors that sync on blur or submit get to do so). */
export async function submitForm(page: Page, field: string): Promise<string> {
  await page.getByRole('button', { name: '提交' }).click();
  return page.evaluate((name) => (window as unknown as { submitted: Record<string, string> }).submitted[name], field);
}
