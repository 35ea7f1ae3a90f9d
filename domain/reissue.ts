import type * as v from 'valibot';

type AddIssue = (info: {
  message: string;
  expected?: string;
  received: string;
  path: [v.IssuePathItem, ...v.IssuePathItem[]];
}) => void;

/**
 * Re-reports, from a transform, the issues of a schema it ran on a part of its input (`here`), so
 * they keep their full path and what was expected — the messages are built from those two.
 */
export function reissue(addIssue: AddIssue, issues: readonly v.BaseIssue<unknown>[], here: v.IssuePathItem): void {
  for (const { message, expected, received, path } of issues) {
    addIssue({ message, expected: expected ?? undefined, received, path: [here, ...(path ?? [])] });
  }
}
