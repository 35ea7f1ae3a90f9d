import { useMemo, useState } from 'react';
import { applyDecisions, toHunks, type Decision } from '../../polish/review-hunks';
import { wordDiff } from '../../review/word-diff';

/** What the user decided, once every change has a decision. */
export interface ReviewOutcome {
  accepted: number;
  result: string;
}

const acceptedIn = (decisions: Map<number, Decision>) =>
  [...decisions.values()].filter((decision) => decision === 'accepted').length;

/** Decisions over the diff of original → polished. */
export function useReview(original: string, polished: string | null, locale: string) {
  const hunks = useMemo(
    () => (polished === null ? [] : toHunks(wordDiff(original, polished, locale))),
    [original, polished, locale],
  );
  const [decisions, setDecisions] = useState<Map<number, Decision>>(new Map());
  const changes = hunks.filter((hunk) => hunk.kind === 'change').length;
  /** Records a decision; returns the outcome when this decision completed the review, else null. */
  const decide = (ids: number[], decision: Decision): ReviewOutcome | null => {
    const fresh = ids.filter((id) => !decisions.has(id));
    if (fresh.length === 0) return null;
    const next = new Map([...decisions, ...fresh.map((id) => [id, decision] as const)]);
    setDecisions(next);
    if (next.size < changes) return null;
    return { accepted: acceptedIn(next), result: applyDecisions(hunks, next) };
  };
  return {
    hunks,
    decisions,
    decide,
    changes,
    reset: () => setDecisions(new Map()),
  };
}
