import { storage } from 'wxt/utils/storage';
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
 * Which frame of a tab the user last chose a field in, one session item per tab. Session storage (which
 * content scripts cannot read or write) because the service worker can be stopped between the click on
 * the page and the click in the panel.
 */
export const focusedFrameItem = (tabId: number) =>
  storage.defineItem<FocusedFrame | null>(`session:focusedFrame:${tabId}`, { fallback: null, version: 1 });

/** Frames report in any order; the latest *gesture* wins, not the latest report. */
export function createFocusedFrames() {
  let writes = Promise.resolve();
  const get = (tabId: number): Promise<FocusedFrame | null> => focusedFrameItem(tabId).getValue();
  return {
    get,
    remember(tabId: number, frame: FocusedFrame): Promise<void> {
      writes = writes
        .catch(() => undefined)
        .then(async () => {
          const last = await get(tabId);
          if (last && last.frameId !== frame.frameId && last.gestureAt > frame.gestureAt) return;
          await focusedFrameItem(tabId).setValue(frame);
        });
      return writes;
    },
    forget(tabId: number): Promise<void> {
      return focusedFrameItem(tabId).removeValue({ removeMeta: true });
    },
  };
}
