import type { Locale } from '../i18n/locale';
import type { WenshuDatabase } from './wenshu-database';

export interface Startup {
  locale: Locale | null;
  /** The draft open when the panel was last closed, if it still exists. */
  lastDraftId: string | null;
}

/** What the panel needs before its first paint, in one read-only transaction instead of a chain of reads. */
export async function readStartup(db: WenshuDatabase): Promise<Startup> {
  return db.transaction('r', db.settings, db.drafts, async () => {
    const [locale, last] = await db.settings.bulkGet(['locale', 'lastDraftId']);
    const lastDraftId = typeof last?.value === 'string' ? last.value : null;
    const exists = lastDraftId !== null && (await db.drafts.where(':id').equals(lastDraftId).count()) > 0;
    return { locale: (locale?.value as Locale | null | undefined) ?? null, lastDraftId: exists ? lastDraftId : null };
  });
}
