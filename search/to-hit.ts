import { unfold } from './fold-text';
import { findRanges, makeSnippet } from './highlight';
import type { SearchableDraft, SearchHit } from './search-types';

/** What a list row is made from. */
export interface HitSource {
  /** The body is kept once, folded; `bodyFoldedAway` gives back the original where the two differ. */
  draft: Omit<SearchableDraft, 'body'>;
  foldedTitle: string;
  foldedBody: string;
  bodyFoldedAway: Uint32Array | undefined;
}

/** A row of the plain list (no query): the draft's beginning as its snippet. */
export function toListHit(draft: SearchableDraft): SearchHit {
  const { title, body } = draft;
  return toHit({ draft, foldedTitle: title, foldedBody: body, bodyFoldedAway: undefined }, []);
}

/** A list row with the ranges of `terms` highlighted, made only when the row is shown. */
export function toHit(entry: HitSource, terms: readonly string[]): SearchHit {
  const { draft } = entry;
  const bodyRanges = terms.length ? findRanges(entry.foldedBody, terms, 200) : [];
  const snippet = makeSnippet(entry.foldedBody, bodyRanges);
  return {
    id: draft.id,
    title: draft.title,
    kind: draft.kind,
    status: draft.status,
    tags: draft.tags,
    pinned: draft.pinned,
    updatedAt: draft.updatedAt,
    titleRanges: terms.length ? findRanges(entry.foldedTitle, terms, 20) : [],
    bodyRanges,
    snippet: { ...snippet, text: unfold(snippet.text, snippet.start, entry.bodyFoldedAway) },
  };
}
