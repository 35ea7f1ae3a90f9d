import { afterEach, beforeEach } from 'vitest';
import { createDraftsRepository, type DraftsRepositoryOptions } from '../../../storage/drafts-repository';
import { createRevisionsRepository } from '../../../storage/revisions-repository';
import { WenshuDatabase } from '../../../storage/wenshu-database';

/** A fresh database per test, a settable clock and predictable ids (d1, d2, …). */
export function useTestDatabase(options: DraftsRepositoryOptions = {}) {
  const state = { db: undefined as unknown as WenshuDatabase, now: 1_000, ids: 0 };
  beforeEach(() => {
    state.db = new WenshuDatabase(`test-${Math.random()}`);
    state.now = 1_000;
    state.ids = 0;
  });
  afterEach(async () => {
    await state.db.delete();
  });
  const drafts = () =>
    createDraftsRepository(
      state.db,
      () => state.now,
      () => `d${++state.ids}`,
      options,
    );
  const revisions = () => createRevisionsRepository(state.db, drafts());
  return { state, drafts, revisions };
}

export const minutes = (n: number) => n * 60_000;
