import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectCleanSession, useJourney } from './fixtures/journey-setup';
import { requestsCarrying } from './fixtures/launch-extension';
import { DraftsPage } from './pages/drafts-page';

const journey = useJourney();

type Held = Window & { releaseDrafts?: () => void; draftSaves?: number };

/** Holds a write transaction on the drafts store from `page` until `releaseDrafts()`: writes queue behind it. */
const holdDraftsStore = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('wenshu');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const store = open.result.transaction('drafts', 'readwrite').objectStore('drafts');
          let held = true;
          (window as Held).releaseDrafts = () => (held = false);
          // A transaction stays open while it has requests in flight.
          const keepAlive = () => {
            if (held) store.count().onsuccess = keepAlive;
            else open.result.close();
          };
          keepAlive();
          resolve();
        };
      }),
  );

/** Counts the saves `page` starts (each reads the stored draft in a write transaction first): a save under way. */
const countSaves = (page: Page) =>
  page.evaluate(() => {
    const original = IDBObjectStore.prototype.get;
    (window as Held).draftSaves = 0;
    IDBObjectStore.prototype.get = function (this: IDBObjectStore, query: IDBValidKey | IDBKeyRange) {
      if (this.name === 'drafts' && this.transaction.mode === 'readwrite') (window as Held).draftSaves! += 1;
      return original.call(this, query);
    };
  });

describe('drafts are never lost', () => {
  it('keeps every character typed right before the panel is closed', async () => {
    const { session } = journey;
    let page = await session.openPanelTab();
    let drafts = new DraftsPage(page);
    await drafts.create('关于防汛工作的情况汇报', '');
    const typed = '今年以来，我市汛期降雨偏多三成。全市各级各部门认真落实防汛责任';
    await drafts.body().click();
    await page.keyboard.type(typed);
    await page.close({ runBeforeUnload: true });

    page = await session.openPanelTab();
    drafts = new DraftsPage(page);
    await expect.poll(() => drafts.body().inputValue()).toBe(typed);
    expect(await drafts.title().inputValue()).toBe('关于防汛工作的情况汇报');
    await drafts.waitSaved();
    await page.close();

    // The journal replayed into IndexedDB: a third panel reads it from the database alone.
    page = await session.openPanelTab();
    drafts = new DraftsPage(page);
    await expect.poll(() => drafts.body().inputValue()).toBe(typed);
    expect(requestsCarrying(session.requests, [typed.slice(0, 8)])).toEqual([]);
    await page.close();
  });

  it('keeps a conflicting edit from a second panel as a copy instead of overwriting', async () => {
    const { session } = journey;
    const first = await session.openPanelTab();
    const a = new DraftsPage(first);
    await a.create('会议纪要', '原文。');
    const second = await session.openPanelTab();
    const b = new DraftsPage(second);
    await expect.poll(() => b.body().inputValue()).toBe('原文。');

    // Both panels edit before either autosave lands: the second write must not silently win. The store is
    // held meanwhile, so "before" is a state rather than a race with the 400 ms debounce; the second panel's
    // save is under way (queued first) before the first panel types.
    await holdDraftsStore(first);
    await countSaves(second);
    await b.body().fill('原文。第二个窗口的修改。');
    await expect.poll(() => second.evaluate(() => (window as Held).draftSaves)).toBe(1);
    await a.body().fill('原文。第一个窗口的修改。');
    await first.evaluate(() => (window as Held).releaseDrafts!());
    await expect
      .poll(() => a.alert().allTextContents())
      .toEqual([expect.stringContaining('此草稿已在另一个窗口中被修改')]);
    expect(await a.body().inputValue()).toBe('原文。第一个窗口的修改。');
    await a.button('保留两份').click();
    await expect.poll(() => a.title().inputValue()).toBe('会议纪要（副本）');
    expect(await a.body().inputValue()).toBe('原文。第一个窗口的修改。');
    await a.waitSaved();

    await b.backToList();
    await b.search().fill('修改');
    await expect
      .poll(() => b.list().getByRole('button').allTextContents())
      .toEqual([expect.stringContaining('会议纪要（副本）'), expect.stringContaining('会议纪要')]);
    await b
      .list()
      .getByRole('button', { name: /^会议纪要(?!（副本）)/ })
      .click();
    expect(await b.body().inputValue()).toBe('原文。第二个窗口的修改。');
    await first.close();
    await second.close();
  });

  it('keeps a draft on screen when another window deletes it for good, and saves it again on request', async () => {
    const { session } = journey;
    const first = await session.openPanelTab();
    const a = new DraftsPage(first);
    await a.create('临时通知', '关于临时停电的通知。');
    const second = await session.openPanelTab();
    const b = new DraftsPage(second);
    await expect.poll(() => b.body().inputValue()).toBe('关于临时停电的通知。');
    await b.button('移到回收站').click();
    await expect.poll(() => first.getByRole('status').filter({ hasText: '此草稿在回收站中' }).count()).toBe(1);
    await b.button('回收站').click();
    await b.button('清空回收站').click();
    await second.getByRole('dialog').getByRole('button', { name: '清空回收站' }).click();

    await expect.poll(() => a.alert().allTextContents()).toEqual([expect.stringContaining('此草稿已被永久删除')]);
    await a.body().fill('关于临时停电的通知。请各科室做好准备。');
    expect(await a.body().inputValue()).toBe('关于临时停电的通知。请各科室做好准备。');
    await a.button('另存为新草稿').click();
    await expect.poll(() => a.title().inputValue()).toBe('临时通知（副本）');
    expect(await a.body().inputValue()).toBe('关于临时停电的通知。请各科室做好准备。');
    await a.waitSaved();
    await first.close();
    await second.close();
  });

  it('logged no console errors and sent nothing off this machine', () => {
    expectCleanSession(journey.session);
  });
});
