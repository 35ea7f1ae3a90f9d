import { useCallback, useEffect, useRef, useState } from 'react';
import type { WxtStorageItem } from 'wxt/utils/storage';

/**
 * A `chrome.storage` item as React state: read once, kept current by the item's change watcher (another
 * panel, the service worker), and written through the setter. The setter shows the new value at once;
 * the watcher's echoes of this hook's own writes are skipped, so fast typing into a field bound to the
 * item is never set back to an older keystroke. `undefined` until the first read answers.
 */
export function useStoredState<T>(
  item: WxtStorageItem<T, Record<string, unknown>>,
): [T | undefined, (next: T) => Promise<void>] {
  const [value, setValue] = useState<T>();
  const latest = useRef<string>(undefined);
  latest.current = JSON.stringify(value);
  // Own writes not yet seen by the watcher, as JSON, oldest first. A write of the value already stored
  // changes nothing and is not echoed, so it is not listed.
  const unechoed = useRef<string[]>([]);
  const setLocally = useRef(false);
  useEffect(() => {
    let live = true;
    unechoed.current = [];
    setLocally.current = false;
    const unwatch = item.watch((next) => {
      const echo = unechoed.current.indexOf(JSON.stringify(next));
      if (echo >= 0) unechoed.current.splice(0, echo + 1);
      else setValue(next);
    });
    // A value set here before the first read answered is newer than what the read returns.
    void item.getValue().then((first) => live && !setLocally.current && setValue(first));
    return () => {
      live = false;
      unwatch();
    };
  }, [item]);
  const set = useCallback(
    async (next: T) => {
      setLocally.current = true;
      const json = JSON.stringify(next);
      if (json !== latest.current) unechoed.current.push(json);
      latest.current = json;
      setValue(next);
      await item.setValue(next);
    },
    [item],
  );
  return [value, set];
}
