import type { Locator, Page } from 'playwright-core';

/** The 润色 view, by role and visible name only. */
export class PolishPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('tab', { name: '润色' }).click();
  }
  button(name: string): Locator {
    return this.page.getByRole('button', { name, exact: true });
  }
  view(): Locator {
    return this.page.getByRole('region', { name: '润色' });
  }
  preset(): Locator {
    return this.page.getByRole('combobox', { name: '润色方式' });
  }
  /** 润色引擎: 自动 / 显卡（WebGPU） / 处理器（CPU）. */
  engine(): Locator {
    return this.page.getByRole('combobox', { name: '润色引擎' });
  }
  model(): Locator {
    return this.page.getByRole('combobox', { name: '选择模型' });
  }
  /** Opens 管理模型、模型来源、离线导入 (a <details>). */
  async openModelManagement(): Promise<void> {
    await this.page.getByText('管理模型、模型来源、离线导入').click();
  }
  /** 删除模型 for the only model in 已下载的模型 (管理模型 open); waits until the list says the cache is empty. */
  async deleteOnlyModel(name: string): Promise<void> {
    await this.page.getByRole('button', { name: `删除模型：${name}` }).click();
    await this.page.getByText('本机还没有已下载的模型。').waitFor();
  }
  /** 模型来源: the mirror or intranet base URL field. */
  sourceUrl(): Locator {
    return this.page.getByRole('group', { name: '模型来源' }).getByRole('textbox', { name: '镜像或内网地址' });
  }
  review(): Locator {
    return this.page.getByRole('region', { name: '审阅修改' });
  }
  change(n: number): Locator {
    return this.review().getByRole('group', { name: `第 ${n} 处修改` });
  }
  alert(): Locator {
    return this.page.getByRole('alert').filter({ hasText: /\S/ });
  }
  status(): Locator {
    return this.page.getByRole('status').filter({ hasText: /\S/ });
  }
}
