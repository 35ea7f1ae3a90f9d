import type { WxtBrowser } from 'wxt/browser';
import { ProtocolFailure } from '../messaging/protocol';

/**
 * The page to insert into is the active tab of the last-focused *normal* window, so the same code serves
 * the side panel (which lives in that window) and the popup-window fallback (which is its own window).
 */
export async function findTargetTab(browser: WxtBrowser): Promise<number> {
  const window = await browser.windows.getLastFocused({ populate: true, windowTypes: ['normal'] });
  const tab = window?.tabs?.find((candidate) => candidate.active);
  const ownPages = browser.runtime.getURL('/');
  if (!tab?.id || tab.url?.startsWith(ownPages)) throw new ProtocolFailure('noPage');
  return tab.id;
}
