import { useCallback, useEffect, useRef, useState } from 'react';
import type { DraftPatch } from './draft';

export type SaveState = { state: 'saved' } | { state: 'pending' } | { state: 'failed'; reason: string };

const debounceMs = 400;
const retryMs = 2000;

/**
 * Saves edits shortly after typing stops and at once when the panel is hidden or closed. A failed
 * write keeps the edit queued and retries: the text on screen is never dropped.
 */
export function useAutosave(save: (patch: DraftPatch) => Promise<unknown>) {
  const [saveState, setSaveState] = useState<SaveState>({ state: 'saved' });
  const pending = useRef<DraftPatch | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const saveRef = useRef(save);
  saveRef.current = save;

  const flush = useCallback(async () => {
    clearTimeout(timer.current);
    const patch = pending.current;
    if (!patch) return;
    pending.current = null;
    try {
      await saveRef.current(patch);
      if (!pending.current) setSaveState({ state: 'saved' });
    } catch (error) {
      pending.current = { ...patch, ...(pending.current ?? {}) };
      setSaveState({ state: 'failed', reason: error instanceof Error ? error.message : String(error) });
      timer.current = setTimeout(() => void flush(), retryMs);
    }
  }, []);

  const change = useCallback(
    (patch: DraftPatch) => {
      pending.current = { ...pending.current, ...patch };
      setSaveState((current) => (current.state === 'failed' ? current : { state: 'pending' }));
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), debounceMs);
    },
    [flush],
  );

  useEffect(() => {
    const onHide = () => {
      if (document.visibilityState === 'hidden') void flush();
    };
    const onPageHide = () => void flush();
    document.addEventListener('visibilitychange', onHide);
    window.addEventListener('pagehide', onPageHide);
    return () => {
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('pagehide', onPageHide);
      void flush();
    };
  }, [flush]);

  return { change, flush, saveState };
}
