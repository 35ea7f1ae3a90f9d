import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Draft, DraftPatch } from './draft';
import { DraftNotFoundError } from './draft-errors';
import { draftsRepository, revisionsRepository } from './default-database';
import type { RevisionSource } from './revision';
import { createUnsavedJournal, type UnsavedJournal } from './unsaved-journal';
import { useAutosave } from './use-autosave';

/**
 * An edit the last panel journaled on closing. If its asynchronous save did land after all, the
 * database already holds it and replaying would only conflict with itself.
 */
function unsavedEdit(journal: UnsavedJournal, draft: Draft) {
  const entry = journal.read(draft.id);
  if (!entry) return null;
  const landed = Object.entries(entry.patch).every(
    ([key, value]) => JSON.stringify(draft[key as keyof Draft]) === JSON.stringify(value),
  );
  if (!landed) return entry;
  journal.clear(draft.id);
  return null;
}

type Editable = Pick<Draft, 'title' | 'body' | 'kind' | 'status' | 'tags' | 'pinned'>;

const pick = (draft: Draft): Editable => {
  const { title, body, kind, status, tags, pinned } = draft;
  return { title, body, kind, status, tags, pinned };
};

/**
 * The editor's working copy of one draft. Every write names the revision it was based on, so an edit
 * made in another panel is detected instead of overwritten; edits from elsewhere are adopted when
 * this panel has nothing unsaved.
 */
export function useDraftEditing(draft: Draft) {
  const journal = useMemo(() => createUnsavedJournal(localStorage), []);
  // Read once: the editor is keyed by draft id, so another draft mounts a new editor.
  const [recovered] = useState(() => unsavedEdit(journal, draft));
  const known = useRef(recovered?.baseRevision ?? draft.revision);
  const [values, setValues] = useState<Editable>({ ...pick(draft), ...recovered?.patch } as Editable);

  // Set by the editor: queues what was typed into the body field and not handed over yet.
  const handOver = useRef<() => void>(() => undefined);
  const autosave = useAutosave(
    async (patch) => {
      const next = await draftsRepository.update(draft.id, patch, {
        expectedRevision: known.current,
        revision: 'autosave',
      });
      known.current = next.revision;
    },
    {
      keep: (patch) => journal.write({ draftId: draft.id, baseRevision: known.current, patch, savedAt: Date.now() }),
      clear: () => journal.clear(draft.id),
    },
    () => handOver.current(),
  );

  useEffect(() => {
    if (recovered) autosave.change(recovered.patch);
    // Replays once per opened draft; later edits go through `edit`.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [recovered]);

  useEffect(() => {
    if (draft.revision > known.current && !autosave.hasPending()) {
      known.current = draft.revision;
      setValues(pick(draft));
    }
  }, [draft, autosave]);

  // Stable, so the fields they are handed (memoized) are not re-rendered by a render of the editor.
  const { change: queue } = autosave;
  const show = useCallback((patch: DraftPatch) => setValues((current) => ({ ...current, ...patch })), []);
  const edit = useCallback(
    (patch: DraftPatch) => {
      show(patch);
      queue(patch);
    },
    [show, queue],
  );

  /**
   * Writes beside the autosave, after it and never beside it; the draft the write returns is shown. A draft
   * deleted for good meanwhile resolves to null and is shown like the autosave's (save the text as a new
   * draft). Any other failure is the caller's to say — a DraftConflictError too: with nothing unsaved here,
   * the other window's text is adopted (the effect above), and only this version was not written.
   */
  const writeAfterAutosave = async (write: () => Promise<Draft>): Promise<Draft | null> => {
    if (!(await autosave.flush())) return null;
    try {
      const next = await autosave.exclusive(write);
      known.current = next.revision;
      setValues(pick(next));
      return next;
    } catch (error) {
      if (error instanceof DraftNotFoundError && autosave.refused(error)) return null;
      throw error;
    }
  };

  /** Writes the current text as an explicit revision (保存版本, template refill, polish…). */
  const saveRevision = (source: RevisionSource, patch: DraftPatch = {}) =>
    writeAfterAutosave(() =>
      draftsRepository.update(draft.id, patch, { expectedRevision: known.current, revision: source }),
    );

  const restoreRevision = (revisionId: number) =>
    writeAfterAutosave(() => revisionsRepository.restore(revisionId, { expectedRevision: known.current }));

  /** Resolves a conflict by saving this panel's text as a copy; the other panel's text stays. */
  const keepBoth = async () => {
    const copy = await draftsRepository.keepBoth(draft.id, values);
    autosave.resolved();
    return copy;
  };

  return {
    values,
    /** Shows and saves an edit. */
    edit,
    /** Saves an edit without a render (the body, typed into its uncontrolled field)… */
    queue,
    /** …marked as coming, read only when saved (`handOver`, called before each write)… */
    touch: useCallback(() => queue({}), [queue]),
    handOver,
    /** …and shows it when typing pauses. */
    show,
    saveRevision,
    restoreRevision,
    keepBoth,
    saveState: autosave.saveState,
    flush: autosave.flush,
  };
}
