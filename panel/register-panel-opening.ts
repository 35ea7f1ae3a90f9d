import type { WxtBrowser } from 'wxt/browser';

export const panelPath = '/sidepanel.html';

/**
 * The toolbar icon opens the side panel. Older Chromium shells (common in government offices) have no
 * sidePanel API: there the same page opens in a narrow popup window beside the page.
 */
export async function registerPanelOpening(browser: WxtBrowser): Promise<'sidePanel' | 'popupWindow'> {
  const sidePanel = (browser as Partial<WxtBrowser>).sidePanel;
  if (sidePanel?.setPanelBehavior) {
    await sidePanel.setPanelBehavior({ openPanelOnActionClick: true });
    return 'sidePanel';
  }
  browser.action.onClicked.addListener(() => {
    void browser.windows.create({ url: browser.runtime.getURL(panelPath), type: 'popup', width: 440, height: 760 });
  });
  return 'popupWindow';
}
