import { useEffect, useState } from 'react';
import type { WxtStorageItem } from 'wxt/utils/storage';

/**
 * The value of a `chrome.storage` item, read once and kept current by the item's own change watcher;
 * `undefined` until the first read answers.
 */
export function useStoredValue<T>(item: WxtStorageItem<T, Record<string, unknown>>): T | undefined {
  const [value, setValue] = useState<T>();
  useEffect(() => {
    let live = true;
    const unwatch = item.watch((next) => setValue(next));
    void item.getValue().then((first) => live && setValue(first));
    return () => {
      live = false;
      unwatch();
    };
  }, [item]);
  return value;
}
