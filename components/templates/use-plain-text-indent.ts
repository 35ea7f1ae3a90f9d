import { useEffect, useRef, useState } from 'react';
import { settingsRepository } from '../../storage/default-database';
import { defaultSettings } from '../../storage/settings-repository';

/** 段首空两格: on by default, remembered in settings once the user changes it. */
export function usePlainTextIndent() {
  const [indent, setIndent] = useState(defaultSettings.plainTextIndent);
  // Set here before the read came back (a loaded machine): newer than what the read returns.
  const changed = useRef(false);
  useEffect(() => {
    let live = true;
    void settingsRepository.get('plainTextIndent').then((stored) => live && !changed.current && setIndent(stored));
    return () => {
      live = false;
    };
  }, []);
  const change = (next: boolean) => {
    changed.current = true;
    setIndent(next);
    void settingsRepository.set('plainTextIndent', next);
  };
  return [indent, change] as const;
}
