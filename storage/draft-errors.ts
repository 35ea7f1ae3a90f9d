import type { Draft } from './draft';

export class DraftNotFoundError extends Error {
  override name = 'DraftNotFoundError';
  constructor(readonly draftId: string) {
    super(`draft ${draftId} not found`);
  }
}

/**
 * Another panel wrote the draft after this one read it. Carries what is stored now so the UI can show
 * both texts and offer "keep both" (draftsRepository.keepBoth) instead of overwriting either.
 */
export class DraftConflictError extends Error {
  override name = 'DraftConflictError';
  constructor(
    readonly stored: Draft,
    readonly expectedRevision: number,
  ) {
    super(`draft ${stored.id} is at revision ${stored.revision}, expected ${expectedRevision}`);
  }
}
