import type { Page } from 'playwright-core';

/** Drafts as stored in the extension's IndexedDB, read from an extension page. */
export function readDrafts(extensionPage: Page): Promise<{ title: string; body: string; kind: string }[]> {
  return extensionPage.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('wenshu');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction('drafts').objectStore('drafts').getAll();
          all.onsuccess = () => resolve(all.result);
        };
      }),
  );
}
