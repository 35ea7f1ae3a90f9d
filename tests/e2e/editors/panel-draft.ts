import { expect } from 'vitest';
import { panelText } from '../fixtures/journey-setup';
import type { ExtensionSession } from '../fixtures/launch-extension';
import { PanelPage } from '../pages/panel-page';

/** The panel in its popup window with a new draft holding `text`, ready to press 插入到网页. */
export async function openPanelWithDraft(session: ExtensionSession, text: string): Promise<PanelPage> {
  const panel = new PanelPage(await session.openPanelWindow());
  // A fresh profile shows the draft list; later panels reopen the last draft (lastDraftId).
  await panel
    .newDraft()
    .or(panel.bodyInput())
    .first()
    .waitFor()
    .catch(async (error: unknown) => {
      // Seen once on a loaded machine (session 5, CI under a build loop): the tabs rendered, neither control
      // came in 30 s. Said here too: a failure in beforeAll (where specs open their panel) runs no afterEach.
      const shown = await panelText(panel.page);
      throw new Error(`${String(error)}\npanel showed: ${shown}\nconsole errors: ${session.consoleErrors.join(' | ')}`);
    });
  if (!(await panel.bodyInput().isVisible())) await panel.newDraft().click();
  await panel.bodyInput().fill(text);
  return panel;
}

export interface InsertOutcome {
  ok: boolean;
  message: string;
}

export type InsertPartName = '标题' | '正文' | '全文';

/** The panel's status after an insertion of `count` characters of `part`. */
export const insertedMessage = (count: number, part: InsertPartName = '全文') => `已插入到网页：${part}（${count} 字）`;

/** How the panel names a field without a label of its own (zh_CN, as the tests run). */
const kindNames = { singleLine: '单行输入框', multiLine: '多行文本框', rich: '编辑器' };

/**
 * Waits until the panel shows the field the background will write into. A click on the page reaches the
 * panel through the background a moment later; a part chosen before that (seen in a loaded run) is the
 * previous field's, and the new field then gets its own default (标题 for a one-line field).
 */
async function targetShown(panel: PanelPage, needField: boolean, field?: string): Promise<void> {
  // The background may not have the click yet either: with the field's label, the line must name it.
  if (field) await panel.page.getByText(new RegExp(`^将插入到：.* 的 ${field}$`)).waitFor();
  // A part chosen while the panel still says no field is chosen is the unplaced default's: the field,
  // arriving a moment later, then shows its own (CI under load: 正文 went into UEditor instead of 全文).
  else if (needField) await panel.page.locator('.insert-target', { hasText: /^将插入到：/ }).waitFor();
  await expect
    .poll(
      () =>
        panel.page.evaluate(async (names) => {
          type Target = { site: string; label: string; kind: keyof typeof names };
          const reply = await chrome.runtime.sendMessage<unknown, { ok: true; result: Target | null } | undefined>({
            kind: 'describeTarget',
          });
          const target = reply?.ok ? reply.result : null;
          const line = document.querySelector('.insert-target')?.textContent ?? '';
          if (!target) return line.startsWith('尚未选择插入位置');
          return line.includes(target.site) && line.includes(target.label || names[target.kind]);
        }, kindNames),
      { timeout: 10_000 },
    )
    .toBe(true);
}

/**
 * Chooses what to insert (全文 unless told: these specs are about how text gets into each editor; null
 * chooses nothing, as when no field is chosen yet or the field's own default is under test), presses
 * 插入到网页 and returns the panel's spoken outcome (status on success, alert on failure). React flushes
 * the click's state synchronously, so `aria-busy` is already true when click() returns. `field`: the label of
 * the field just clicked on the page, when the last insertion went to another one.
 */
export async function insertFromPanel(
  panel: PanelPage,
  part: InsertPartName | null = '全文',
  field?: string,
): Promise<InsertOutcome> {
  await targetShown(panel, part !== null, field);
  if (part) await panel.page.getByRole('combobox', { name: '插入内容' }).selectOption({ label: part });
  await panel.button('插入到网页').click();
  const outcome = panel.page.locator('[aria-busy="false"]:is([role="status"], [role="alert"])');
  await outcome.waitFor({ timeout: 20_000 });
  return { ok: (await outcome.getAttribute('role')) === 'status', message: (await outcome.textContent()) ?? '' };
}
