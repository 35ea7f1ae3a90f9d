import type { Locator, Page } from 'playwright-core';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The 模板 view: chooser, form, preview, template editor and packs — by role and visible name only. */
export class TemplateLibraryPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('tab', { name: '模板' }).click();
  }

  chooser(): Locator {
    return this.page.getByRole('combobox', { name: '选择模板' });
  }

  async choose(name: string): Promise<void> {
    await this.chooser().selectOption({ label: name });
  }

  /** A form control by its field label, with or without the （必填） mark. */
  field(label: string, scope: Page | Locator = this.page): Locator {
    return scope.getByLabel(new RegExp(`^${escape(label)}(\\s*（必填）)?$`)).first();
  }

  preview(name = '预览'): Locator {
    return this.page.getByRole('document', { name });
  }

  button(name: string): Locator {
    return this.page.getByRole('button', { name, exact: true });
  }

  /** 新建模板 / 编辑模板 / 复制为我的模板 / 导出模板包 / 导入模板包 live in the 模板管理 menu. */
  async menuAction(name: string): Promise<void> {
    await this.button('模板管理').click();
    await this.page.getByRole('menu', { name: '模板管理' }).getByRole('menuitem', { name, exact: true }).click();
  }

  status(): Locator {
    return this.page.getByRole('status').filter({ hasText: /\S/ });
  }

  alert(): Locator {
    return this.page.getByRole('alert').filter({ hasText: /\S/ });
  }

  /** 字段 N or 子字段 N fieldset of the schema editor. */
  schemaField(legend: string, scope: Page | Locator = this.page): Locator {
    return scope.getByRole('group', { name: legend, exact: true });
  }

  editorInput(label: string, scope: Page | Locator = this.page): Locator {
    return scope.getByLabel(label, { exact: true }).first();
  }

  importInput(): Locator {
    return this.page.getByLabel('导入模板包', { exact: true });
  }
}
