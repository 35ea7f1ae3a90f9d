import type { Draft } from './draft';
import type { WenshuDatabase } from './wenshu-database';

/**
 * Rows the plain list shows before the search index is built: a panel on a 1080 px screen shows about 12,
 * and the virtual list renders 8 more.
 */
export const newestDraftCount = 24;

const live = (draft: Draft) => draft.deletedAt === undefined;
const pinnedFirst = (rows: Draft[]) => rows.sort((a, b) => Number(b.pinned) - Number(a.pinned));

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
  return newestFromBatch(batch, limit) ?? pinnedFirst(await newest.filter(live).limit(limit).toArray());
}

/**
 * The list's rows from the 2 × `limit` newest drafts (newest first), or null when trashed drafts filled
 * more than half of them and the rest must be looked for further down.
 */
export function newestFromBatch(batch: readonly Draft[], limit: number): Draft[] | null {
  const rows = batch.filter(live).slice(0, limit);
  return rows.length < limit && batch.length === 2 * limit ? null : pinnedFirst(rows);
}
