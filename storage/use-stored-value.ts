import type { WxtStorageItem } from 'wxt/utils/storage';
import { useStoredState } from './use-stored-state';

/** The value of a `chrome.storage` item, kept current; `undefined` until the first read answers. */
export function useStoredValue<T>(item: WxtStorageItem<T, Record<string, unknown>>): T | undefined {
  return useStoredState(item)[0];
}
