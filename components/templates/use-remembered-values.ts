import { useEffect, useRef, useState } from 'react';
import { settingsRepository } from '../../storage/default-database';
import type { FieldValues } from '../../templates/template-definition';

/**
 * The form's values, starting from `initial` (re-filling a draft) or else from what was last typed
 * for this template (the unit name rarely changes), with `prefill` (values carried over from another
 * form, e.g. 另拟请示) laid over them. Saved a moment after typing stops.
 */
export function useRememberedValues(templateId: string, initial?: FieldValues, prefill?: FieldValues) {
  const [values, setValues] = useState<FieldValues>(initial ?? prefill ?? {});
  const touched = useRef(initial !== undefined);
  // The prefill is fixed for the life of the form (the filler is keyed by template and prefill): read it
  // through a ref so that a caller passing a new but equal object each render does not re-read storage.
  const latestPrefill = useRef(prefill);
  latestPrefill.current = prefill;

  useEffect(() => {
    if (touched.current) return;
    const carried = latestPrefill.current;
    let live = true;
    void settingsRepository.get('templateValues').then((all) => {
      // The user may have typed while we were reading: their input wins.
      if (live && !touched.current && all[templateId]) setValues({ ...all[templateId], ...carried });
    });
    return () => {
      live = false;
    };
  }, [templateId]);

  useEffect(() => {
    if (!touched.current) return;
    const remember = async () => {
      const all = await settingsRepository.get('templateValues');
      await settingsRepository.set('templateValues', { ...all, [templateId]: values });
    };
    const timer = setTimeout(() => void remember(), 400);
    return () => clearTimeout(timer);
  }, [templateId, values]);

  const change = (next: FieldValues) => {
    touched.current = true;
    setValues(next);
  };
  return [values, change] as const;
}
