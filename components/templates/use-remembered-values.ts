import { useEffect, useRef, useState } from 'react';
import { settingsRepository } from '../../storage/default-database';
import { fieldValue, newValueMap } from '../../domain/field-values';
import type { FieldValues } from '../../templates/template-definition';

/** Every template's stored values as last read or written by this page. */
let lastStored: Record<string, FieldValues> | undefined;

/**
 * Saves one template's values over the others'. A page going away (closed, reloaded) leaves no time to
 * read first: `now` queues the write before the handler returns, over the copy this page last read.
 */
function remember(templateId: string, values: FieldValues, now = false) {
  if (now && lastStored) {
    lastStored = { ...lastStored, [templateId]: values };
    void settingsRepository.set('templateValues', lastStored);
    return;
  }
  void settingsRepository.get('templateValues').then((all) => {
    lastStored = { ...all, [templateId]: values };
    return settingsRepository.set('templateValues', lastStored);
  });
}

/**
 * The form's values, starting from `initial` (re-filling a draft) or else from what was last typed
 * for this template (the unit name rarely changes), with `prefill` (values carried over from another
 * form, e.g. 另拟请示) laid over them. Saved a moment after typing stops, and at once when focus leaves
 * a field or the form goes away (another template chosen); the panel being hidden, closed or reloaded
 * before that moment queues the write too (best effort: the browser may drop it with the page).
 */
export function useRememberedValues(templateId: string, initial?: FieldValues, prefill?: FieldValues) {
  const [values, setValues] = useState<FieldValues>(initial ?? prefill ?? {});
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
    void settingsRepository.get('templateValues').then((all) => {
      lastStored ??= all;
      // The user may have typed while we were reading: their input wins.
      const remembered = fieldValue(all, templateId) as FieldValues | undefined;
      if (live && !touched.current && remembered) setValues(newValueMap({ ...remembered, ...carried }));
    });
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
  return [values, change] as const;
}
