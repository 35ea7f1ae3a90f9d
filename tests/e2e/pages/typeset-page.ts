import { readFile } from 'node:fs/promises';
import type { Download, Page } from 'playwright-core';

/** Downloads and the print view, as a director meets them after clicking 导出 Word / 打印 / PDF. */
export class TypesetPage {
  constructor(readonly page: Page) {}

  /** Clicks a button that downloads a file; returns the name the browser suggests and the bytes. */
  async download(buttonName: string): Promise<{ name: string; bytes: Uint8Array }> {
    const [download]: [Download, void] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByRole('button', { name: buttonName, exact: true }).click(),
    ]);
    return { name: download.suggestedFilename(), bytes: new Uint8Array(await readFile(await download.path())) };
  }

  /** Clicks 打印 / PDF and returns the print view tab once its sheet is shown. */
  async openPrintView(): Promise<Page> {
    const [view] = await Promise.all([
      this.page.context().waitForEvent('page', (page) => page.url().includes('/print.html')),
      this.page.getByRole('button', { name: '打印 / PDF', exact: true }).click(),
    ]);
    await view.getByRole('main').waitFor();
    return view;
  }
}
