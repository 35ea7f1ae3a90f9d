import type { Locator, Page } from 'playwright-core';

/** The side panel as a user sees it: controls found by role and visible name only. */
export class PanelPage {
  constructor(readonly page: Page) {}

  tab(name: string): Locator {
    return this.page.getByRole('tab', { name });
  }

  async openTemplates(): Promise<void> {
    await this.tab('模板').click();
  }

  async openDrafts(): Promise<void> {
    await this.tab('草稿').click();
  }

  async chooseTemplate(name: string): Promise<void> {
    await this.page.getByRole('combobox', { name: '选择模板' }).selectOption({ label: name });
  }

  field(label: string): Locator {
    return this.page.getByLabel(label, { exact: false }).first();
  }

  preview(): Locator {
    return this.page.getByRole('document', { name: '预览' });
  }

  button(name: string): Locator {
    return this.page.getByRole('button', { name, exact: true });
  }

  /** 新建草稿, or 新建空白草稿 when the desk is still empty. */
  newDraft(): Locator {
    return this.page.getByRole('button', { name: /^新建(空白)?草稿$/ });
  }

  titleInput(): Locator {
    return this.page.getByRole('textbox', { name: '标题', exact: true });
  }

  bodyInput(): Locator {
    return this.page.getByRole('textbox', { name: '正文', exact: true });
  }

  status(): Locator {
    return this.page.getByRole('status').filter({ hasText: /\S/ });
  }

  alert(): Locator {
    return this.page.getByRole('alert').filter({ hasText: /\S/ });
  }
}
