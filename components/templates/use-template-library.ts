import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { userTemplatesRepository } from '../../storage/default-database';
import { builtinTemplates } from '../../templates/builtin';
import { builtinEntry, userEntry, type TemplateEntry } from './template-entry';

const builtin = builtinTemplates.map(builtinEntry);

/** Built-ins and the user's templates (live: another panel's edit shows up here too). */
export function useTemplateLibrary(): { builtin: TemplateEntry[]; user: TemplateEntry[] } {
  const stored = useLiveQuery(() => userTemplatesRepository.list(), []);
  const user = useMemo(() => (stored ?? []).map(userEntry), [stored]);
  return { builtin, user };
}
