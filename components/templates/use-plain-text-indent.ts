import { useEffect, useRef, useState } from 'react';
import { settingsRepository } from '../../storage/default-database';
import { createLocalJournal } from '../../storage/local-journal';
import { defaultSettings } from '../../storage/settings-repository';

/**
 * The setting as last changed, kept until IndexedDB has it: a panel closed or reloaded right after the
 * change may drop the asynchronous write (E2E under load: unchecked, reloaded, checked again).
 */
const journal = () =>
  createLocalJournal<{ indent: boolean }>(
    localStorage,
    'wenshu:setting:',
    (entry) => typeof entry.indent === 'boolean',
  );
const key = 'plainTextIndent';

function store(indent: boolean): void {
  journal().write(key, { indent });
  void settingsRepository.set(key, indent).then(
    () => journal().read(key)?.indent === indent && journal().clear(key),
    () => undefined, // the journal keeps it; the next panel writes it again
  );
}

/** 段首空两格: on by default, remembered in settings once the user changes it. */
export function usePlainTextIndent() {
  const [indent, setIndent] = useState(defaultSettings.plainTextIndent);
  // Set here before the read came back (a loaded machine): newer than what the read returns.
  const changed = useRef(false);
  useEffect(() => {
    let live = true;
    const journaled = journal().read(key);
    if (journaled) {
      store(journaled.indent); // newer than the database's: written again
      setIndent(journaled.indent);
      return;
    }
    void settingsRepository.get(key).then((stored) => live && !changed.current && setIndent(stored));
    return () => {
      live = false;
    };
  }, []);
  const change = (next: boolean) => {
    changed.current = true;
    setIndent(next);
    store(next);
  };
  return [indent, change] as const;
}
