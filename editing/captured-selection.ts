import { storage } from 'wxt/utils/storage';

/** A selection captured for 润色所选: where it came from, so the polished text can replace it. */
export interface CapturedSelection {
  text: string;
  tabId: number;
  frameId: number;
  capturedAt: number;
}

/**
 * Kept in session storage (memory only, cleared with the browser): the polishing view picks it up
 * when it opens, and the service worker may have been stopped in between.
 */
export const capturedSelectionItem = storage.defineItem<CapturedSelection | null>('session:capturedSelection', {
  fallback: null,
  version: 1,
});

/** `capturedAt` of the capture a panel has already offered for polishing: each capture is offered once. */
export const offeredCaptureItem = storage.defineItem<number | null>('session:capturedSelectionOffered', {
  fallback: null,
  version: 1,
});
