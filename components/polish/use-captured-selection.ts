import { useEffect, useRef } from 'react';
import { browser } from 'wxt/browser';
import type { CapturedSelection } from '../../editing/captured-selection';

const capturedKey = 'capturedSelection';
const offeredKey = 'capturedSelectionOffered';

/**
 * 润色所选 stores the page selection in session storage and opens the panel; whichever panel sees it
 * first offers it for polishing, once (the panel may open after the capture, or be open already).
 */
export function useCapturedSelection(onCapture: (capture: CapturedSelection) => void): void {
  const callback = useRef(onCapture);
  callback.current = onCapture;
  useEffect(() => {
    const offer = async () => {
      const stored = await browser.storage.session.get([capturedKey, offeredKey]);
      const capture = stored[capturedKey] as CapturedSelection | undefined;
      if (!capture || stored[offeredKey] === capture.capturedAt) return;
      await browser.storage.session.set({ [offeredKey]: capture.capturedAt });
      callback.current(capture);
    };
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'session' && capturedKey in changes) void offer();
    };
    void offer();
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, []);
}
