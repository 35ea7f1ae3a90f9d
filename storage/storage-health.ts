/** The part of `navigator` this module uses; injected so tests need no real StorageManager. */
export interface StorageNavigator {
  storage?: Pick<StorageManager, 'persist' | 'persisted' | 'estimate'>;
}

export interface StorageHealth {
  /** True when the browser promised not to evict our data under storage pressure. */
  persisted: boolean;
  /** Bytes; null when the browser does not say. */
  usage: number | null;
  quota: number | null;
}

/**
 * Asks for persistent storage (drafts are the user's only copy) and reads usage/quota. Every call is
 * guarded: a missing API or a rejection yields "unknown", never an exception in the panel.
 */
export async function checkStorageHealth(nav: StorageNavigator = globalThis.navigator): Promise<StorageHealth> {
  const storage = nav?.storage;
  if (!storage) return { persisted: false, usage: null, quota: null };
  const persisted = await requestPersistence(storage);
  try {
    const { usage, quota } = await storage.estimate();
    return { persisted, usage: usage ?? null, quota: quota ?? null };
  } catch {
    return { persisted, usage: null, quota: null };
  }
}

async function requestPersistence(storage: NonNullable<StorageNavigator['storage']>): Promise<boolean> {
  try {
    // persisted() first: persist() may show a prompt in some browsers, no need to ask twice.
    return (await storage.persisted()) || (await storage.persist());
  } catch {
    return false;
  }
}
