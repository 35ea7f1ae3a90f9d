import type { Draft } from './draft';
import type { WenshuDatabase } from './wenshu-database';

/** Rows the plain list shows before the search index is built (the panel shows about 12). */
export const newestDraftCount = 50;

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
