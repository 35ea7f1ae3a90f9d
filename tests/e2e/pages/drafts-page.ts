import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/** The 草稿 tab: list, search, editor, history and trash, by role and visible name. */
export class DraftsPage {
  constructor(readonly page: Page) {}

  button(name: string): Locator {
    return this.page.getByRole('button', { name, exact: true });
  }
  title(): Locator {
    return this.page.getByRole('textbox', { name: '标题', exact: true });
  }
  body(): Locator {
    return this.page.getByRole('textbox', { name: '正文', exact: true });
  }
  search(): Locator {
    return this.page.getByRole('searchbox', { name: '搜索草稿' });
  }
  list(): Locator {
    return this.page.getByRole('list', { name: '草稿列表' });
  }
  alert(): Locator {
    return this.page.getByRole('alert').filter({ hasText: /\S/ });
  }

  /** The editor's own status says 已保存 (not a notice such as 已保存版本, which says nothing about typing). */
  async waitSaved(options?: { timeout: number }): Promise<void> {
    const saved = this.page.getByRole('status').filter({ hasText: /^已保存$/ });
    await expect.poll(() => saved.count(), options).toBeGreaterThan(0);
  }

  /** Creates a draft through the UI and leaves it open in the editor. */
  async create(title: string, body: string): Promise<void> {
    await this.page.getByRole('tab', { name: '草稿' }).click();
    // An empty desk offers 新建空白草稿 instead of 新建草稿.
    const create = this.page.getByRole('button', { name: /^新建(空白)?草稿$/ });
    const back = this.button('‹ 返回草稿列表');
    // A reopened panel may still be restoring the last open draft: wait for the list or the editor.
    await create.or(back).first().waitFor();
    if (await back.isVisible()) await back.click();
    await create.click();
    // The title is saved before the body is typed, as after a user's pause: typed together, they made one
    // autosave or two depending on the machine's speed, and so did the draft's history.
    await this.title().fill(title);
    await this.waitSaved();
    await this.body().fill(body);
    await this.waitSaved();
  }

  async backToList(): Promise<void> {
    await this.button('‹ 返回草稿列表').click();
  }
}
