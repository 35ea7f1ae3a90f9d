import { systemClock, type Clock } from './clock';
import { copySuffix, type Draft, type DraftPatch, type NewDraft } from './draft';
import { DraftConflictError, DraftNotFoundError } from './draft-errors';
import { keepRevision, keepUnsavedState } from './record-revision';
import { defaultRevisionPolicy, type RevisionPolicy, type RevisionSource } from './revision';
import type { WenshuDatabase } from './wenshu-database';

export type DraftsRepository = ReturnType<typeof createDraftsRepository>;

export interface DraftsRepositoryOptions {
  revisionPolicy?: Partial<RevisionPolicy>;
}

export interface UpdateOptions {
  /** The revision the caller last read; a different stored revision throws DraftConflictError. */
  expectedRevision?: number;
  /** Keep a revision of the result; 'autosave' is coalesced, the others are always kept. */
  revision?: RevisionSource;
}

export interface CreateOptions {
  revision?: RevisionSource;
}

export function createDraftsRepository(
  db: WenshuDatabase,
  clock: Clock = systemClock,
  newId: () => string = () => crypto.randomUUID(),
  options: DraftsRepositoryOptions = {},
) {
  const policy: RevisionPolicy = { ...defaultRevisionPolicy, ...options.revisionPolicy };

  async function insert(input: NewDraft, revision: RevisionSource | undefined): Promise<Draft> {
    return db.transaction('rw', db.drafts, db.revisions, async () => {
      const now = clock();
      const defaults: Pick<Draft, 'tags' | 'status' | 'pinned'> = { tags: [], status: '草稿', pinned: false };
      const draft: Draft = { ...defaults, ...input, id: newId(), createdAt: now, updatedAt: now, revision: 1 };
      await db.drafts.add(draft);
      if (revision) await keepRevision(db, draft, revision, now, policy);
      return draft;
    });
  }

  /** Every write goes through here: one transaction, revision +1, updatedAt = now (the search sync relies on it). */
  async function write(
    id: string,
    change: (current: Draft, now: number) => Draft,
    options: UpdateOptions = {},
  ): Promise<Draft> {
    return db.transaction('rw', db.drafts, db.revisions, async () => {
      const current = await db.drafts.get(id);
      if (!current) throw new DraftNotFoundError(id);
      if (options.expectedRevision !== undefined && current.revision !== options.expectedRevision) {
        throw new DraftConflictError(current, options.expectedRevision);
      }
      const now = clock();
      if (options.revision && options.revision !== 'autosave') await keepUnsavedState(db, current, now, policy);
      const changed = change(current, now);
      const next: Draft = {
        ...changed,
        id,
        createdAt: current.createdAt,
        updatedAt: now,
        revision: current.revision + 1,
      };
      await db.drafts.put(next);
      if (options.revision) await keepRevision(db, next, options.revision, now, policy);
      return next;
    });
  }

  return {
    create(input: NewDraft, options: CreateOptions = {}): Promise<Draft> {
      return insert(input, options.revision);
    },

    get(id: string): Promise<Draft | undefined> {
      return db.drafts.get(id);
    },

    /** Applies a patch and bumps the revision; a missing draft is an error, never a silent no-op. */
    update(id: string, patch: DraftPatch, options: UpdateOptions = {}): Promise<Draft> {
      return write(id, (current) => ({ ...current, ...patch }), options);
    },

    /**
     * After a DraftConflictError: saves the caller's text as a new draft beside the stored one, which is
     * left untouched. Works even if the stored draft is gone, so the caller's text is never lost.
     */
    async keepBoth(id: string, mine: DraftPatch): Promise<Draft> {
      const stored = await db.drafts.get(id);
      const base: NewDraft = { title: '', body: '', kind: '其他' };
      if (stored) {
        const { title, body, kind, templateId, fieldValues, tags, status } = stored;
        Object.assign(base, { title, body, kind, templateId, fieldValues, tags, status });
      }
      const merged = { ...base, ...mine, pinned: false };
      if (merged.templateId === undefined) delete merged.templateId;
      if (merged.fieldValues === undefined) delete merged.fieldValues;
      return insert({ ...merged, title: merged.title + copySuffix }, 'save');
    },

    /** Live drafts, most recently updated first (trash excluded). */
    listRecent(limit = 200): Promise<Draft[]> {
      return db.drafts
        .orderBy('updatedAt')
        .reverse()
        .filter((draft) => draft.deletedAt === undefined)
        .limit(limit)
        .toArray();
    },

    /** Distinct tags over all drafts, sorted, for a tag picker; read from the index, not the rows. */
    async listTags(): Promise<string[]> {
      return (await db.drafts.orderBy('tags').uniqueKeys()) as string[];
    },

    /** Moves to the trash; the draft and its revisions stay until the trash is emptied. */
    remove(id: string): Promise<Draft> {
      return write(id, (current, now) => ({ ...current, deletedAt: now }));
    },

    restoreFromTrash(id: string): Promise<Draft> {
      return write(id, ({ deletedAt: _deleted, ...rest }) => rest);
    },

    /** Trashed drafts, most recently trashed first. */
    async listTrash(): Promise<Draft[]> {
      return db.drafts.orderBy('deletedAt').reverse().toArray();
    },

    /** Deletes every trashed draft and its revisions for good; returns how many drafts were deleted. */
    emptyTrash(): Promise<number> {
      return db.transaction('rw', db.drafts, db.revisions, async () => {
        const ids = await db.drafts.orderBy('deletedAt').primaryKeys();
        if (ids.length === 0) return 0;
        await db.revisions.where('draftId').anyOf(ids).delete();
        await db.drafts.bulkDelete(ids);
        return ids.length;
      });
    },
  };
}
