import { useEffect, useRef, useState } from 'react';
import { settingsRepository } from '../../storage/default-database';
import { fieldValue, newValueMap } from '../../domain/field-values';
import { createLocalJournal } from '../../storage/local-journal';
import type { FieldValues } from '../../templates/template-definition';

/** Every template's stored values as last read or written by this page. */
let lastStored: Record<string, FieldValues> | undefined;

/** Values typed but maybe not in IndexedDB yet when the page went away, per template. */
const journal = () => createLocalJournal<FieldValues>(localStorage, 'wenshu:templateValues:', () => true);

/**
 * Saves one template's values over the others'. Every save is journaled synchronously first: a page going
 * away (closed, reloaded) drops an IndexedDB write under way, including one begun a moment before as a
 * field lost focus (E2E under load: a choice saved on the click that preceded a reload was gone). `now`
 * (the page going away) also leaves no time to read first: the write goes over the copy this page last
 * read. The journal entry is cleared once the values are in the database, unless newer values were
 * journaled meanwhile.
 */
function remember(templateId: string, values: FieldValues, now = false) {
  journal().write(templateId, values);
  const write = async () => {
    lastStored = {
      ...(now && lastStored ? lastStored : await settingsRepository.get('templateValues')),
      [templateId]: values,
    };
    await settingsRepository.set('templateValues', lastStored);
    const entries = journal();
    if (JSON.stringify(entries.read(templateId)) === JSON.stringify(values)) entries.clear(templateId);
  };
  void write();
}

/**
 * The form's values, starting from `initial` (re-filling a draft) or else from what was last typed
 * for this template (the unit name rarely changes), with `prefill` (values carried over from another
 * form, e.g. 另拟请示) laid over them. Saved a moment after typing stops, and at once when focus leaves
 * a field or the form goes away (another template chosen); the panel being hidden, closed or reloaded
 * before that moment journals the values synchronously (see remember).
 * `loaded` stays false until the stored values are applied: the form is not shown before, so nothing
 * typed can be overwritten by them or hide them (the read races a fast user or test).
 */
export function useRememberedValues(templateId: string, initial?: FieldValues, prefill?: FieldValues) {
  const [values, setValues] = useState<FieldValues>(initial ?? prefill ?? {});
  const [loaded, setLoaded] = useState(initial !== undefined);
  const touched = useRef(initial !== undefined);
  // The prefill is fixed for the life of the form (the filler is keyed by template and prefill): read it
  // through a ref so that a caller passing a new but equal object each render does not re-read storage.
  const latestPrefill = useRef(prefill);
  latestPrefill.current = prefill;
  // Typed but not saved yet: what a flush writes.
  const unsaved = useRef<FieldValues | null>(null);

  useEffect(() => {
    const carried = latestPrefill.current;
    let live = true;
    void settingsRepository
      .get('templateValues')
      .then((all) => {
        lastStored ??= all;
        // Values journaled as a panel closed are newer than the database's: they win, and are replayed.
        const journaled = journal().read(templateId);
        if (journaled) remember(templateId, journaled);
        const last = journaled ?? (fieldValue(all, templateId) as FieldValues | undefined);
        // Re-filling a draft starts from its own values, never from the remembered ones.
        if (live && !touched.current && last) setValues(newValueMap({ ...last, ...carried }));
      })
      .finally(() => live && setLoaded(true));
    return () => {
      live = false;
    };
  }, [templateId]);

  useEffect(() => {
    const flush = (now = false) => {
      const pending = unsaved.current;
      if (!pending) return;
      unsaved.current = null;
      remember(templateId, pending, now);
    };
    // Leaving a field is a pause in typing too: save at once rather than racing a close that follows.
    const onLeave = () => flush();
    const onHide = () => flush(true);
    const onHidden = () => document.visibilityState === 'hidden' && flush(true);
    document.addEventListener('focusout', onLeave);
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onHidden);
    let timer: ReturnType<typeof setTimeout> | undefined;
    if (touched.current) {
      unsaved.current = values;
      timer = setTimeout(() => flush(), 400);
    }
    return () => {
      clearTimeout(timer);
      document.removeEventListener('focusout', onLeave);
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onHidden);
    };
  }, [templateId, values]);

  // Leaving the form (another template, another tab) saves what the timer had not saved yet.
  useEffect(
    () => () => {
      const pending = unsaved.current;
      if (!pending) return;
      unsaved.current = null;
      remember(templateId, pending);
    },
    [templateId],
  );

  const change = (next: FieldValues) => {
    touched.current = true;
    // Set before React's effects run: the page may go away in between.
    unsaved.current = next;
    setValues(next);
  };
  return [values, change, loaded] as const;
}
