import type { WxtBrowser } from 'wxt/browser';

/** A selection captured for 润色所选: where it came from, so the polished text can replace it. */
export interface CapturedSelection {
  text: string;
  tabId: number;
  frameId: number;
  capturedAt: number;
}

const key = 'capturedSelection';

/**
 * Kept in session storage (memory only, cleared with the browser): the polishing view picks it up
 * when it opens, and the service worker may have been stopped in between.
 */
export function createCapturedSelections(browser: WxtBrowser) {
  return {
    async store(capture: CapturedSelection): Promise<void> {
      await browser.storage.session.set({ [key]: capture });
    },
    async latest(): Promise<CapturedSelection | null> {
      const stored = await browser.storage.session.get(key);
      return (stored[key] as CapturedSelection | undefined) ?? null;
    },
  };
}
