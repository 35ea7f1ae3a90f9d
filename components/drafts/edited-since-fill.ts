import type { Draft } from '../../storage/draft';
import { revisionsRepository } from '../../storage/default-database';

/** True when the draft's text is no longer what its last template fill produced: someone edited it by hand. */
export async function editedSinceFill(draft: Draft): Promise<boolean> {
  const fill = await revisionsRepository.latest(draft.id, 'template');
  if (!fill) return draft.title !== '' || draft.body !== '';
  return fill.title !== draft.title || fill.body !== draft.body;
}
