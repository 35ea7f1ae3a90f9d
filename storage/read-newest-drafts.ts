import type { Draft } from './draft';
import type { WenshuDatabase } from './wenshu-database';

/**
 * Rows the plain list shows before the search index is built: a panel on a 1080 px screen shows about 12,
 * and the virtual list renders 8 more. Read at start-up before the first paint, each row is a step of an
 * IndexedDB cursor: 50 rows took 47–80 ms of a 300 ms warm open in a profile.
 */
export const newestDraftCount = 24;

/** The newest drafts outside the trash, pinned ones first: the plain list while the search index builds. */
export async function readNewestDrafts(db: WenshuDatabase, limit = newestDraftCount): Promise<Draft[]> {
  const rows = await db.drafts
    .orderBy('updatedAt')
    .reverse()
    .filter((draft) => draft.deletedAt === undefined)
    .limit(limit)
    .toArray();
  return rows.sort((a, b) => Number(b.pinned) - Number(a.pinned));
}
