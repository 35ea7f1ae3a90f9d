import type { WxtBrowser } from 'wxt/browser';
import type { InsertTarget, TargetDescription } from '../messaging/protocol';

/** The frame of a tab where the user last chose a field, and what the panel says about it. */
export interface FocusedFrame {
  frameId: number;
  /** When the user's gesture happened: a frame reporting an older gesture never takes over. */
  gestureAt: number;
  /** From the browser's message sender, not from the page. */
  frameOrigin: string;
  topOrigin: string;
  target: TargetDescription;
}

function hostOf(origin: string): string {
  try {
    return new URL(origin).hostname || origin;
  } catch {
    return origin;
  }
}

export function insertTargetOf(frame: FocusedFrame): InsertTarget {
  return {
    ...frame.target,
    site: hostOf(frame.topOrigin),
    frameOrigin: frame.frameOrigin,
    frameSite: hostOf(frame.frameOrigin),
    // An opaque ("null") origin in a child frame (sandboxed) is never the page's own.
    crossOrigin: frame.frameOrigin !== frame.topOrigin || (frame.frameId !== 0 && frame.frameOrigin === 'null'),
  };
}

/**
 * Which frame of a tab the user last chose a field in. Kept in session storage (which content scripts
 * cannot read or write) because the service worker can be stopped between the click on the page and the
 * click in the panel. Frames report in any order; the latest *gesture* wins, not the latest report.
 */
export function createFocusedFrames(browser: WxtBrowser) {
  const keyOf = (tabId: number) => `focusedFrame:${tabId}`;
  let writes = Promise.resolve();
  const get = async (tabId: number): Promise<FocusedFrame | null> => {
    const stored = await browser.storage.session.get(keyOf(tabId));
    return (stored[keyOf(tabId)] as FocusedFrame | undefined) ?? null;
  };
  return {
    get,
    remember(tabId: number, frame: FocusedFrame): Promise<void> {
      writes = writes
        .catch(() => undefined)
        .then(async () => {
          const last = await get(tabId);
          if (last && last.frameId !== frame.frameId && last.gestureAt > frame.gestureAt) return;
          await browser.storage.session.set({ [keyOf(tabId)]: frame });
        });
      return writes;
    },
    async forget(tabId: number): Promise<void> {
      await browser.storage.session.remove(keyOf(tabId));
    },
  };
}
