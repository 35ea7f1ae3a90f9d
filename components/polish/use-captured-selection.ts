import { useEffect, useRef } from 'react';
import { capturedSelectionItem, offeredCaptureItem, type CapturedSelection } from '../../editing/captured-selection';
import { useStoredValue } from '../../storage/use-stored-value';

/**
 * 润色所选 stores the page selection in session storage and opens the panel; whichever panel sees it
 * first offers it for polishing, once (the panel may open after the capture, or be open already).
 */
export function useCapturedSelection(onCapture: (capture: CapturedSelection) => void): void {
  const callback = useRef(onCapture);
  callback.current = onCapture;
  const capture = useStoredValue(capturedSelectionItem);
  useEffect(() => {
    if (!capture) return;
    const offer = async () => {
      if ((await offeredCaptureItem.getValue()) === capture.capturedAt) return;
      await offeredCaptureItem.setValue(capture.capturedAt);
      callback.current(capture);
    };
    void offer();
  }, [capture]);
}
