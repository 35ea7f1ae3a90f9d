import type { Locale } from '../i18n/locale';
import type { Draft } from './draft';
import { readNewestDrafts } from './read-newest-drafts';
import type { WenshuDatabase } from './wenshu-database';

export interface Startup {
  locale: Locale | null;
  /** The draft open when the panel was last closed, if it still exists. */
  lastDraftId: string | null;
  /** The plain list's first rows (`readNewestDrafts`) when the panel opens on the list, not on a draft. */
  newestDrafts: Draft[] | null;
}

/**
 * What the panel needs before its first paint, in one read-only transaction instead of a chain of reads:
 * the list's first rows come with it, so the list's first render shows them (a read of its own, after
 * React had rendered, cost a second IndexedDB round trip before the first paint).
 */
export async function readStartup(db: WenshuDatabase): Promise<Startup> {
  return db.transaction('r', db.settings, db.drafts, async () => {
    const settings = db.settings.bulkGet(['locale', 'lastDraftId']).then(async ([locale, last]) => {
      const id = typeof last?.value === 'string' ? last.value : null;
      const exists = id !== null && (await db.drafts.where(':id').equals(id).count()) > 0;
      return { locale: (locale?.value as Locale | null | undefined) ?? null, lastDraftId: exists ? id : null };
    });
    // Read alongside the settings, not after them (a round trip fewer); unused when the last draft is reopened.
    const [{ locale, lastDraftId }, newestDrafts] = await Promise.all([settings, readNewestDrafts(db)]);
    return { locale, lastDraftId, newestDrafts: lastDraftId ? null : newestDrafts };
  });
}
