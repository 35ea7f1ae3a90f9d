import type { DiffPart } from '../review/word-diff';

/** Unchanged text, or one change: what was there and what the model proposes instead. */
export type Hunk = { kind: 'same'; text: string } | { kind: 'change'; id: number; removed: string; added: string };

export type Decision = 'accepted' | 'rejected';

/** Groups a word diff into changes: a removal next to an addition is one replacement to decide on. */
export function toHunks(parts: DiffPart[]): Hunk[] {
  const hunks: Hunk[] = [];
  let id = 0;
  for (const part of parts) {
    if (part.kind === 'same') {
      hunks.push({ kind: 'same', text: part.text });
      continue;
    }
    const last = hunks[hunks.length - 1];
    const target = last?.kind === 'change' ? last : { kind: 'change' as const, id: id++, removed: '', added: '' };
    if (target !== last) hunks.push(target);
    if (part.kind === 'removed') target.removed += part.text;
    else target.added += part.text;
  }
  return hunks;
}

/** The text after the decisions: accepted changes take the new words, anything else keeps the old. */
export function applyDecisions(hunks: Hunk[], decisions: ReadonlyMap<number, Decision>): string {
  return hunks
    .map((hunk) =>
      hunk.kind === 'same' ? hunk.text : decisions.get(hunk.id) === 'accepted' ? hunk.added : hunk.removed,
    )
    .join('');
}

export const changeCount = (hunks: Hunk[]) => hunks.filter((hunk) => hunk.kind === 'change').length;
