import { useCallback, useEffect, useRef, useState } from 'react';
import type { DraftPatch } from './draft';
import { DraftConflictError, DraftNotFoundError } from './draft-errors';
import { normalizeStorageError, type StorageErrorCode } from './storage-error';

export type SaveState =
  | { state: 'saved' }
  | { state: 'pending' }
  | { state: 'failed'; code: StorageErrorCode; reason: string }
  /** Another panel saved first ('changed'), or the draft is gone for good ('missing'). */
  | { state: 'conflict'; reason: 'changed' | 'missing' };

const debounceMs = 400;
const retryMs = 2000;

/**
 * Saves edits shortly after typing stops and at once when the panel is hidden or closed. A failed
 * write keeps the edit queued and retries; a conflict stops and waits for the user's choice. Either
 * way the text on screen is never dropped.
 */
export interface AutosaveJournal {
  /** Called synchronously when the page is hidden or closed with edits still unsaved. */
  keep: (patch: DraftPatch) => void;
  /** Called after everything queued reached the database. */
  clear: () => void;
}

/**
 * `beforeSave` hands over edits not queued yet, just before a write or the journal reads the queue: the
 * body field queues its text then, not on every keystroke (reading a 1 MB textarea's value per key made
 * most of the GC of typing in it).
 */
export function useAutosave(
  save: (patch: DraftPatch) => Promise<unknown>,
  journal?: AutosaveJournal,
  beforeSave?: () => void,
) {
  const [saveState, setShownState] = useState<SaveState>({ state: 'saved' });
  // Mirrored, so a keystroke while already pending calls no setter: React's eager bail-out on an
  // unchanged state fails every other time and rendered the editor per key (profile of a 1 MB draft).
  const state = useRef<SaveState>(saveState);
  const setSaveState = useCallback((next: SaveState) => {
    state.current = next;
    setShownState(next);
  }, []);
  const pending = useRef<DraftPatch | null>(null);
  // A write in flight still counts as pending: another panel's change arriving meanwhile must not replace
  // the text being saved (it would, and the conflict would then be reported over the other panel's text).
  const saving = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const inConflict = useRef(false);
  const saveRef = useRef(save);
  saveRef.current = save;
  const journalRef = useRef(journal);
  journalRef.current = journal;
  const beforeSaveRef = useRef(beforeSave);
  beforeSaveRef.current = beforeSave;

  // One write at a time, in order: each names the revision the one before it produced. A write started
  // while another was under way named the revision before it and was refused as a conflict with this
  // panel's own save (seen in a loaded E2E run: 保存版本 while the autosave was being written).
  // With none under way a write starts at once: the one on `pagehide` must begin before the page goes.
  const writing = useRef<Promise<void> | null>(null);
  const exclusive = useCallback(<T>(write: () => Promise<T>): Promise<T> => {
    const run = writing.current ? writing.current.then(write) : write();
    const settled = run.then(
      () => undefined,
      () => undefined,
    );
    writing.current = settled;
    void settled.then(() => {
      if (writing.current === settled) writing.current = null;
    });
    return run;
  }, []);

  /**
   * Whether `error` says another panel saved first or the draft is gone: if so the autosave stops and the
   * editor offers the user's choice. Also for the writes made beside the autosave (a version, a restore).
   */
  const refused = useCallback(
    (error: unknown): boolean => {
      if (!(error instanceof DraftConflictError || error instanceof DraftNotFoundError)) return false;
      inConflict.current = true;
      setSaveState({ state: 'conflict', reason: error instanceof DraftConflictError ? 'changed' : 'missing' });
      return true;
    },
    [setSaveState],
  );

  const flush = useCallback((): Promise<boolean> => {
    clearTimeout(timer.current);
    return exclusive(async () => {
      beforeSaveRef.current?.();
      clearTimeout(timer.current); // set again if handing over queued anything
      const patch = pending.current;
      if (!patch) return !inConflict.current;
      if (inConflict.current) return false;
      pending.current = null;
      saving.current = true;
      try {
        await saveRef.current(patch);
        saving.current = false;
        if (!pending.current) {
          journalRef.current?.clear();
          setSaveState({ state: 'saved' });
        }
        return true;
      } catch (error) {
        saving.current = false;
        pending.current = { ...patch, ...(pending.current ?? {}) };
        if (refused(error)) return false;
        const reason = error instanceof Error ? error.message : String(error);
        setSaveState({ state: 'failed', code: normalizeStorageError(error), reason });
        timer.current = setTimeout(() => void flush(), retryMs);
        return false;
      }
    });
  }, [exclusive, refused, setSaveState]);

  const change = useCallback(
    (patch: DraftPatch) => {
      pending.current = { ...pending.current, ...patch };
      if (state.current.state === 'saved') setSaveState({ state: 'pending' });
      clearTimeout(timer.current);
      if (!inConflict.current) timer.current = setTimeout(() => void flush(), debounceMs);
    },
    [flush, setSaveState],
  );

  /** After the user resolved a conflict (e.g. kept both), forget the queued edit. */
  const resolved = useCallback(() => {
    inConflict.current = false;
    pending.current = null;
    journalRef.current?.clear();
    setSaveState({ state: 'saved' });
  }, [setSaveState]);

  useEffect(() => {
    const keepSync = () => {
      beforeSaveRef.current?.();
      if (pending.current) journalRef.current?.keep(pending.current);
    };
    const onHide = () => {
      if (document.visibilityState !== 'hidden') return;
      keepSync();
      void flush();
    };
    const onPageHide = () => {
      keepSync();
      void flush();
    };
    document.addEventListener('visibilitychange', onHide);
    window.addEventListener('pagehide', onPageHide);
    return () => {
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('pagehide', onPageHide);
      void flush();
    };
  }, [flush]);

  return {
    change,
    flush,
    /** Runs another write of the same draft after the autosave's, never beside it (it reads the revision then). */
    exclusive,
    refused,
    resolved,
    saveState,
    hasPending: () => pending.current !== null || saving.current,
  };
}
