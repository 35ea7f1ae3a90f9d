import type * as v from 'valibot';
import { forbiddenKeyExpectation, isPlainObject } from './forbidden-keys';

/**
 * Where a problem is, in terms the UI can put into words: the record (which list, which one, its
 * title or name when readable), the record's field, and a name or position below that field (a form
 * value's name, the 2nd field of a template). Never an internal path such as `$.drafts[3].title`.
 */
export interface ProblemPlace {
  list?: string;
  /** 0-based position in `list`. */
  index?: number;
  /** The record's title or name, as far as it is a readable string. */
  name?: string;
  field?: string;
  /** A name below `field`, or a 0-based position when the entry there has no readable name. */
  item?: string | number;
}

export type IssueCode = 'invalidField' | 'missingField' | 'tooLarge' | 'forbiddenKey';

export interface FileProblem<Code extends string = IssueCode> {
  code: Code;
  place: ProblemPlace;
  /** English, for logs and tests. */
  detail: string;
}

const readable = (value: unknown) =>
  typeof value === 'string' && value.trim() !== '' ? value.slice(0, 40) : undefined;
const nameOf = (record: unknown) =>
  isPlainObject(record) ? (readable(record.title) ?? readable(record.name) ?? readable(record.key)) : undefined;

/** The place of `keys` (a path into `root`) for files whose top-level `lists` hold records. */
export function placeOf(root: unknown, keys: readonly unknown[], lists: readonly string[]): ProblemPlace {
  const [first, second] = keys;
  const atRecord = typeof first === 'string' && lists.includes(first) && typeof second === 'number';
  if (!atRecord) return typeof first === 'string' ? { field: first } : {};
  const record = (root as Record<string, unknown[]>)[first][second];
  const place: ProblemPlace = { list: first, index: second, name: nameOf(record) };
  const [field, item] = keys.slice(2);
  if (typeof field !== 'string') return place;
  place.field = field;
  if (typeof item === 'string') place.item = item;
  if (typeof item === 'number') {
    const entry = isPlainObject(record) ? (record[field] as unknown[])[item] : undefined;
    place.item = (isPlainObject(entry) ? (readable(entry.label) ?? readable(entry.name)) : undefined) ?? item;
  }
  return place;
}

/** What kind of problem a valibot issue is, from what it expected and received. */
export function issueCode(issue: v.BaseIssue<unknown>): IssueCode {
  if (issue.expected === forbiddenKeyExpectation) return 'forbiddenKey';
  if (issue.expected?.startsWith('<=')) return 'tooLarge';
  if (issue.received === 'undefined') return 'missingField';
  return 'invalidField';
}

export function problemsOf(root: unknown, issues: readonly v.BaseIssue<unknown>[], lists: readonly string[]) {
  return issues.map((issue): FileProblem => {
    const keys = (issue.path ?? []).map((item) => item.key);
    return { code: issueCode(issue), place: placeOf(root, keys, lists), detail: `${keys.join('.')}: ${issue.message}` };
  });
}
