import { useCallback, useEffect, useState } from 'react';
import { defaultPart, partKey, type InsertPart } from '../editing/insert-part';
import type { InsertTarget } from '../messaging/protocol';
import { settingsRepository } from '../storage/default-database';

/**
 * 标题 / 正文 / 全文 for the chosen field: what fits its kind unless the user chose otherwise on this site
 * for this kind of field, which is remembered (this browser only; not part of a backup).
 */
export function useInsertPart(target: InsertTarget | null): [InsertPart, (part: InsertPart) => void] {
  const [remembered, setRemembered] = useState<Record<string, InsertPart>>({});
  const [unplaced, setUnplaced] = useState<InsertPart | null>(null);
  useEffect(() => {
    // A read settling after the panel closed must not reach React (in tests, its environment is gone).
    let live = true;
    void settingsRepository.get('insertParts').then(
      // A part chosen before the read came back (a loaded machine) stays chosen.
      (parts) => live && setRemembered((chosen) => ({ ...parts, ...chosen })),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);
  const key = target ? partKey(target.frameSite, target.kind) : null;
  const part = key ? (remembered[key] ?? defaultPart(target?.kind)) : (unplaced ?? defaultPart(undefined));
  // Stable while the target is: the options it is handed are memoized.
  const choose = useCallback(
    (next: InsertPart) => {
      if (!key) return setUnplaced(next);
      setRemembered((parts) => ({ ...parts, [key]: next }));
      // Merged with what is stored, not this panel's copy: that may not have been read yet.
      void settingsRepository.update('insertParts', (parts) => ({ ...parts, [key]: next }));
    },
    [key],
  );
  return [part, choose];
}
