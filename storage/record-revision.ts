import Dexie from 'dexie';
import type { Draft } from './draft';
import type { Revision, RevisionPolicy, RevisionSource } from './revision';
import type { WenshuDatabase } from './wenshu-database';

/*
 * Revision bookkeeping shared by the drafts and revisions repositories. Every function here must run
 * inside a 'rw' transaction over drafts and revisions, so a draft write and its snapshot commit together.
 */

function snapshot(draft: Draft, source: RevisionSource, now: number): Revision {
  const revision: Revision = {
    draftId: draft.id,
    draftRevision: draft.revision,
    createdAt: now,
    source,
    title: draft.title,
    body: draft.body,
  };
  if (draft.fieldValues !== undefined) revision.fieldValues = draft.fieldValues;
  return revision;
}

function autosaveRange(db: WenshuDatabase, draftId: string) {
  return db.revisions
    .where('[draftId+source+createdAt]')
    .between([draftId, 'autosave', Dexie.minKey], [draftId, 'autosave', Dexie.maxKey]);
}

async function isKept(db: WenshuDatabase, draft: Draft): Promise<boolean> {
  return (await db.revisions.where('[draftId+draftRevision]').equals([draft.id, draft.revision]).count()) > 0;
}

/** Deletes the oldest autosave revisions beyond the policy's bound; reads keys only, never bodies. */
async function pruneAutosaves(db: WenshuDatabase, draftId: string, policy: RevisionPolicy): Promise<void> {
  const excess = (await autosaveRange(db, draftId).count()) - policy.maxAutosavesPerDraft;
  if (excess <= 0) return;
  const oldest = await autosaveRange(db, draftId).limit(excess).primaryKeys();
  await db.revisions.bulkDelete(oldest);
}

/**
 * Keeps a snapshot of `draft` (its state after a change). Autosaves are coalesced: skipped when the
 * newest autosave of this draft is younger than the interval. Returns the new revision id, if any.
 */
export async function keepRevision(
  db: WenshuDatabase,
  draft: Draft,
  source: RevisionSource,
  now: number,
  policy: RevisionPolicy,
): Promise<number | undefined> {
  if (source === 'autosave') {
    const keys = await autosaveRange(db, draft.id).reverse().limit(1).keys();
    const newestKey = keys[0] as unknown as [string, string, number] | undefined;
    if (newestKey && now - newestKey[2] < policy.autosaveIntervalMs) return undefined;
    if (await isKept(db, draft)) return undefined;
  }
  const id = (await db.revisions.add(snapshot(draft, source, now))) as number;
  if (source === 'autosave') await pruneAutosaves(db, draft.id, policy);
  return id;
}

/**
 * Before a change that replaces text wholesale (polish, restore, template…), keeps the current state if
 * no revision holds it yet: with coalesced autosaves, up to N minutes of typing would otherwise be lost
 * from history. Recorded as 'autosave' because that is what it is: typed text nobody saved explicitly.
 */
export async function keepUnsavedState(
  db: WenshuDatabase,
  current: Draft,
  now: number,
  policy: RevisionPolicy,
): Promise<void> {
  if (current.title === '' && current.body === '') return;
  if (await isKept(db, current)) return;
  await db.revisions.add(snapshot(current, 'autosave', now));
  await pruneAutosaves(db, current.id, policy);
}
