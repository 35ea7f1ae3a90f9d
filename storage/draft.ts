import type { DocumentKind } from '../domain/document-kind';
import type { FieldValues } from '../domain/field';

export const draftStatuses = ['草稿', '定稿', '已报送'] as const;
export type DraftStatus = (typeof draftStatuses)[number];

/** Appended to the title of a draft saved beside another one (conflict, import), so both stay visible. */
export const copySuffix = '（副本）';

export interface Draft {
  id: string;
  title: string;
  body: string;
  kind: DocumentKind;
  /** Set when the draft was made from a template, so the form can be re-filled later. */
  templateId?: string;
  fieldValues?: FieldValues;
  tags: string[];
  status: DraftStatus;
  pinned: boolean;
  createdAt: number;
  updatedAt: number;
  /** Increases on every write; lets two panels detect that they edited the same draft. */
  revision: number;
  /** Set while the draft is in the trash; absent otherwise (so only trashed drafts enter the index). */
  deletedAt?: number;
}

export type NewDraft = Pick<Draft, 'title' | 'body' | 'kind'> &
  Partial<Pick<Draft, 'templateId' | 'fieldValues' | 'tags' | 'status' | 'pinned'>>;
export type DraftPatch = Partial<
  Pick<Draft, 'title' | 'body' | 'kind' | 'templateId' | 'fieldValues' | 'tags' | 'status' | 'pinned'>
>;
