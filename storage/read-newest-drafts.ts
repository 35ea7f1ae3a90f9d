import type { Draft } from './draft';
import type { WenshuDatabase } from './wenshu-database';

/**
 * Rows the plain list shows before the search index is built: a panel on a 1080 px screen shows about 12,
 * and the virtual list renders 8 more.
 */
export const newestDraftCount = 24;

const live = (draft: Draft) => draft.deletedAt === undefined;

/**
 * The newest drafts outside the trash, pinned ones first: the plain list while the search index builds.
 * Read at start-up before the first paint, so in one request where possible: a plain `limit` is a single
 * `getAllRecords` (newest first), while a filtered query walks a cursor, a round trip per row (24 rows were
 * about a tenth of a warm open). Twice the rows are read because trashed drafts (a move to the trash bumps
 * `updatedAt`) may top the list; when they fill more than half of it, the cursor walk finds the rest.
 */
export async function readNewestDrafts(db: WenshuDatabase, limit = newestDraftCount): Promise<Draft[]> {
  const newest = db.drafts.orderBy('updatedAt').reverse();
  const batch = await newest
    .clone()
    .limit(2 * limit)
    .toArray();
  let rows = batch.filter(live).slice(0, limit);
  if (rows.length < limit && batch.length === 2 * limit) rows = await newest.filter(live).limit(limit).toArray();
  return rows.sort((a, b) => Number(b.pinned) - Number(a.pinned));
}
