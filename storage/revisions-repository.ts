import Dexie from 'dexie';
import type { Draft } from './draft';
import type { DraftsRepository } from './drafts-repository';
import type { RevisionSource, RevisionSummary, StoredRevision } from './revision';
import type { WenshuDatabase } from './wenshu-database';

export type RevisionsRepository = ReturnType<typeof createRevisionsRepository>;

function summarize(revision: StoredRevision): RevisionSummary {
  const { id, draftId, draftRevision, createdAt, source, title, body } = revision;
  return { id, draftId, draftRevision, createdAt, source, title, bodyLength: body.length };
}

/** Reading and restoring history; revisions are written by the drafts repository in the same transaction. */
export function createRevisionsRepository(db: WenshuDatabase, drafts: DraftsRepository) {
  return {
    /** Newest first. Key order within a draft is insertion order, so equal timestamps still sort right. */
    async list(draftId: string, limit = 500): Promise<RevisionSummary[]> {
      const rows = await db.revisions.where('draftId').equals(draftId).reverse().limit(limit).toArray();
      return (rows as StoredRevision[]).map(summarize);
    },

    /** The newest revision kept for this reason, e.g. the text of the last template fill. */
    async latest(draftId: string, source: RevisionSource): Promise<StoredRevision | undefined> {
      return (await db.revisions
        .where('[draftId+source+createdAt]')
        .between([draftId, source, Dexie.minKey], [draftId, source, Dexie.maxKey])
        .last()) as StoredRevision | undefined;
    },

    async get(id: number): Promise<StoredRevision | undefined> {
      return (await db.revisions.get(id)) as StoredRevision | undefined;
    },

    /**
     * Writes the revision's text back into its draft and keeps a 'restore' revision; the text being
     * replaced is kept first if no revision holds it. Pass expectedRevision to detect a concurrent edit.
     */
    async restore(id: number, options: { expectedRevision?: number } = {}): Promise<Draft> {
      const revision = await db.revisions.get(id);
      if (!revision) throw new Error(`revision ${id} not found`);
      const patch = { title: revision.title, body: revision.body, fieldValues: revision.fieldValues };
      return drafts.update(revision.draftId, patch, { ...options, revision: 'restore' });
    },
  };
}
