import { useMemo, useState } from 'react';
import { applyDecisions, toHunks, type Decision } from '../../polish/review-hunks';
import { wordDiff } from '../../review/word-diff';

/** Decisions over the diff of original → polished; `complete` once every change has one. */
export function useReview(original: string, polished: string | null, locale: string) {
  const hunks = useMemo(
    () => (polished === null ? [] : toHunks(wordDiff(original, polished, locale))),
    [original, polished, locale],
  );
  const [decisions, setDecisions] = useState<Map<number, Decision>>(new Map());
  const changes = hunks.filter((hunk) => hunk.kind === 'change').length;
  const decide = (ids: number[], decision: Decision) =>
    setDecisions((current) => new Map([...current, ...ids.map((id) => [id, decision] as const)]));
  return {
    hunks,
    decisions,
    decide,
    changes,
    complete: polished !== null && decisions.size >= changes,
    accepted: [...decisions.values()].filter((decision) => decision === 'accepted').length,
    result: () => applyDecisions(hunks, decisions),
    reset: () => setDecisions(new Map()),
  };
}
