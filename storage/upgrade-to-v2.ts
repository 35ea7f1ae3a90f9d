import type { Transaction } from 'dexie';
import type { Draft } from './draft';

/** A v1 row: what version 1 stored, before tags/status/pinned/deletedAt existed. */
type DraftV1 = Omit<Draft, 'tags' | 'status' | 'pinned' | 'deletedAt'>;

/** Fills the fields added in v2 without touching a value that is already there (a re-run is harmless). */
export function fillDraftDefaultsV2(draft: DraftV1 & Partial<Draft>): void {
  if (!Array.isArray(draft.tags)) draft.tags = [];
  if (draft.status === undefined) draft.status = '草稿';
  if (typeof draft.pinned !== 'boolean') draft.pinned = false;
  // deletedAt stays absent: every draft that existed in v1 is live.
  if (draft.deletedAt === undefined) delete draft.deletedAt;
}

/** Upgrade v1 → v2: every draft gets the new defaults; revisions and userTemplates start empty. */
export async function upgradeToV2(tx: Transaction): Promise<void> {
  await tx
    .table('drafts')
    .toCollection()
    .modify((draft: DraftV1 & Partial<Draft>) => fillDraftDefaultsV2(draft));
}
