import { draftStatuses, type Draft } from '../storage/draft';
import { documentKinds } from '../domain/document-kind';
import type { FieldValues } from '../domain/field';
import { FieldReader, isPlainObject, type Issues } from './backup-reader';

const maxIdLength = 200;

/** Template values: string, or a list of rows of strings (a repeatable group). Copied into fresh objects. */
export function readFieldValues(value: unknown, path: string, issues: Issues): FieldValues | undefined {
  if (!isPlainObject(value)) {
    issues.fail('invalidField', path, 'expected an object of field values');
    return undefined;
  }
  const result: FieldValues = {};
  for (const [name, entry] of Object.entries(value)) {
    const isRow = (row: unknown) => isPlainObject(row) && Object.values(row).every((cell) => typeof cell === 'string');
    if (typeof entry === 'string' || (Array.isArray(entry) && entry.every(isRow))) {
      result[name] = typeof entry === 'string' ? entry : (entry as Record<string, string>[]).map((row) => ({ ...row }));
    } else {
      issues.fail('invalidField', `${path}.${name}`, 'expected a string or a list of rows of strings');
    }
  }
  return result;
}

export function readDraft(value: unknown, path: string, issues: Issues): Draft | undefined {
  if (!isPlainObject(value)) {
    issues.fail('invalidField', path, 'expected a draft object');
    return undefined;
  }
  const r = new FieldReader(value, path, issues);
  const draft = {
    id: r.string('id', { max: maxIdLength, nonEmpty: true }),
    title: r.string('title'),
    body: r.string('body'),
    kind: r.oneOf('kind', documentKinds),
    templateId: r.string('templateId', { optional: true, max: maxIdLength }),
    fieldValues: r.has('fieldValues')
      ? readFieldValues(r.raw('fieldValues'), `${path}.fieldValues`, issues)
      : undefined,
    tags: r.stringArray('tags', { maxItems: 100, maxLength: 100 }),
    status: r.oneOf('status', draftStatuses),
    pinned: r.boolean('pinned'),
    createdAt: r.number('createdAt', { min: 0 }),
    updatedAt: r.number('updatedAt', { min: 0 }),
    revision: r.number('revision', { integer: true, min: 1 }),
    deletedAt: r.number('deletedAt', { optional: true, min: 0 }),
  };
  r.done();
  const optional = ['templateId', 'fieldValues', 'deletedAt'];
  const missing = Object.entries(draft).some(([key, field]) => field === undefined && !optional.includes(key));
  if (missing) return undefined;
  // Optional fields are left out rather than stored as undefined, matching what the repository writes.
  for (const key of ['templateId', 'fieldValues', 'deletedAt'] as const)
    if (draft[key] === undefined) delete draft[key];
  return draft as Draft;
}
