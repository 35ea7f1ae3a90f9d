import type { Draft, DraftStatus } from '../storage/draft';
import type { DocumentKind } from '../domain/document-kind';

/** What the index keeps of a draft. Type-only imports: this folder runs in a bare page for the benchmark. */
export type SearchableDraft = Pick<
  Draft,
  'id' | 'title' | 'body' | 'kind' | 'tags' | 'status' | 'pinned' | 'updatedAt' | 'revision' | 'deletedAt'
>;

export interface SearchFilters {
  kind?: DocumentKind;
  tag?: string;
  status?: DraftStatus;
  /** Inclusive bounds on updatedAt (ms since epoch). */
  updatedFrom?: number;
  updatedTo?: number;
  /** The trash is excluded unless asked for. */
  trash?: 'exclude' | 'include' | 'only';
}

export interface SearchOptions {
  /** Results returned (and verified); bounds the work of one query. Default 50. */
  limit?: number;
}

/** [start, end) in UTF-16 units of the original text. */
export type TextRange = readonly [start: number, end: number];

export interface Snippet {
  text: string;
  /** Offset of `text` in the body, so the editor can scroll to it. */
  start: number;
  /** Matches, relative to `text`. */
  ranges: TextRange[];
}

/** What a result list shows of a draft comes with the hit, so the list needs no second read. */
export interface SearchHit extends Pick<
  SearchableDraft,
  'id' | 'title' | 'kind' | 'status' | 'tags' | 'pinned' | 'updatedAt'
> {
  /** Matches in the title (at most 20). */
  titleRanges: TextRange[];
  /** Matches in the body (at most 200; enough to highlight, bounded for a 1 MB draft). */
  bodyRanges: TextRange[];
  /** A short window of the body around the first match, or its beginning when the query is empty. */
  snippet: Snippet;
}

export interface SearchResult {
  /** The matching drafts, ranked: pinned first, then newest. */
  ids: readonly string[];
  /** Row `index` as the list shows it, with highlights and snippet, made on first request and kept. */
  hit(index: number): SearchHit;
  /** True when more drafts match than `limit`. */
  hasMore: boolean;
  /** False for the first rows shown while the index is still being built (newest first, read directly). */
  complete?: boolean;
}
