import type { FieldValues } from '../domain/field';

/** Why a revision was kept; only 'autosave' ones are coalesced and pruned. */
export const revisionSources = ['save', 'template', 'polish', 'proofread', 'restore', 'import', 'autosave'] as const;
export type RevisionSource = (typeof revisionSources)[number];

/** A full snapshot of a draft's text after a change (not a diff: restoring must not depend on a chain). */
export interface Revision {
  /** Auto-incremented, so within one draft the key order is the order revisions were kept. */
  id?: number;
  draftId: string;
  /** The draft's revision counter this snapshot captures. */
  draftRevision: number;
  createdAt: number;
  source: RevisionSource;
  title: string;
  body: string;
  fieldValues?: FieldValues;
}

export type StoredRevision = Revision & { id: number };

/** What a history list shows; the body is left out so a list of 1 MB snapshots stays light for React. */
export interface RevisionSummary {
  id: number;
  draftId: string;
  draftRevision: number;
  createdAt: number;
  source: RevisionSource;
  title: string;
  /** Length of the body in UTF-16 units, to show "1,234 字" without the text. */
  bodyLength: number;
}

export interface RevisionPolicy {
  /** At most one autosave revision per draft per this many milliseconds. */
  autosaveIntervalMs: number;
  /** Older autosave revisions beyond this count are deleted; explicit ones are always kept. */
  maxAutosavesPerDraft: number;
}

export const defaultRevisionPolicy: RevisionPolicy = { autosaveIntervalMs: 5 * 60_000, maxAutosavesPerDraft: 50 };
