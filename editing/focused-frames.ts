import type { WxtBrowser } from 'wxt/browser';

/**
 * Which frame of a tab the user last focused an editable in. Kept in session storage because the
 * service worker can be stopped between the click on the page and the click in the panel.
 */
export function createFocusedFrames(browser: WxtBrowser) {
  const keyOf = (tabId: number) => `focusedFrame:${tabId}`;
  return {
    async remember(tabId: number, frameId: number): Promise<void> {
      await browser.storage.session.set({ [keyOf(tabId)]: frameId });
    },
    async frameOf(tabId: number): Promise<number> {
      const stored = await browser.storage.session.get(keyOf(tabId));
      const frameId = stored[keyOf(tabId)];
      return typeof frameId === 'number' ? frameId : 0;
    },
    async forget(tabId: number): Promise<void> {
      await browser.storage.session.remove(keyOf(tabId));
    },
  };
}
