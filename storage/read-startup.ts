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
    const [locale, last] = await db.settings.bulkGet(['locale', 'lastDraftId']);
    const lastDraftId = typeof last?.value === 'string' ? last.value : null;
    const [exists, newestDrafts] = await Promise.all([
      lastDraftId !== null && db.drafts.where(':id').equals(lastDraftId).count(),
      // Read alongside the check (one round trip); unused when the last draft is reopened.
      readNewestDrafts(db),
    ]);
    return {
      locale: (locale?.value as Locale | null | undefined) ?? null,
      lastDraftId: exists ? lastDraftId : null,
      newestDrafts: exists ? null : newestDrafts,
    };
  });
}
