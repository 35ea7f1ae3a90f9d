import { revisionSources, type Revision } from '../storage/revision';
import type { UserTemplate } from '../storage/user-template';
import type { Setting } from '../storage/wenshu-database';
import { documentKinds } from '../domain/document-kind';
import type { Field, ScalarField } from '../domain/field';
import { FieldReader, Issues, isPlainObject } from './backup-reader';
import { readFieldValues } from './read-draft';

function objectAt(value: unknown, path: string, issues: Issues, what: string): Record<string, unknown> | undefined {
  if (isPlainObject(value)) return value;
  issues.fail('invalidField', path, `expected ${what}`);
  return undefined;
}

const allDefined = (record: Record<string, unknown>, optional: readonly string[]) =>
  Object.entries(record).every(([key, field]) => field !== undefined || optional.includes(key));

function withoutUndefined<T extends object>(record: T): T {
  for (const key of Object.keys(record) as (keyof T)[]) if (record[key] === undefined) delete record[key];
  return record;
}

export function readRevision(value: unknown, path: string, issues: Issues): (Revision & { id: number }) | undefined {
  const object = objectAt(value, path, issues, 'a revision object');
  if (!object) return undefined;
  const r = new FieldReader(object, path, issues);
  const revision = {
    id: r.number('id', { integer: true, min: 1 }),
    draftId: r.string('draftId', { max: 200, nonEmpty: true }),
    draftRevision: r.number('draftRevision', { integer: true, min: 1 }),
    createdAt: r.number('createdAt', { min: 0 }),
    source: r.oneOf('source', revisionSources),
    title: r.string('title'),
    body: r.string('body'),
    fieldValues: r.has('fieldValues')
      ? readFieldValues(r.raw('fieldValues'), `${path}.fieldValues`, issues)
      : undefined,
  };
  r.done();
  return allDefined(revision, ['fieldValues']) ? (withoutUndefined(revision) as Revision & { id: number }) : undefined;
}

const scalarTypes = ['text', 'multiline', 'date', 'number', 'percent', 'choice'] as const;

function readScalarField(r: FieldReader): ScalarField | undefined {
  const field = {
    name: r.string('name', { max: 200, nonEmpty: true }),
    label: r.string('label', { max: 1_000 }),
    type: r.oneOf('type', scalarTypes),
    required: r.has('required') ? r.boolean('required') : undefined,
    help: r.string('help', { optional: true, max: 10_000 }),
    example: r.string('example', { optional: true, max: 10_000 }),
    options: r.has('options') ? r.stringArray('options', { maxItems: 1_000, maxLength: 1_000 }) : undefined,
  };
  return field.name !== undefined && field.label !== undefined && field.type !== undefined
    ? withoutUndefined(field as ScalarField)
    : undefined;
}

function readField(value: unknown, path: string, issues: Issues, allowGroup: boolean): Field | undefined {
  const object = objectAt(value, path, issues, 'a field object');
  if (!object) return undefined;
  const r = new FieldReader(object, path, issues);
  if (allowGroup && object.type === 'group') {
    const field = {
      name: r.string('name', { max: 200, nonEmpty: true }),
      label: r.string('label', { max: 1_000 }),
      type: r.oneOf('type', ['group'] as const),
      required: r.has('required') ? r.boolean('required') : undefined,
      help: r.string('help', { optional: true, max: 10_000 }),
      fields: readFieldList(r.raw('fields'), `${path}.fields`, issues, false),
      example: r.has('example')
        ? readFieldValues({ rows: r.raw('example') }, `${path}.example`, issues)?.rows
        : undefined,
    };
    r.done();
    return allDefined(field, ['required', 'help', 'example']) ? (withoutUndefined(field) as Field) : undefined;
  }
  const field = readScalarField(r);
  r.done();
  return field;
}

export function readFieldList(value: unknown, path: string, issues: Issues, allowGroup = true): Field[] | undefined {
  if (!Array.isArray(value) || value.length > 1_000) {
    issues.fail('invalidField', path, 'expected a list of at most 1000 fields');
    return undefined;
  }
  const fields = value.map((field, i) => readField(field, `${path}[${i}]`, issues, allowGroup));
  return fields.every((field) => field !== undefined) ? fields : undefined;
}

export function readUserTemplate(value: unknown, path: string, issues: Issues): UserTemplate | undefined {
  const object = objectAt(value, path, issues, 'a template object');
  if (!object) return undefined;
  const r = new FieldReader(object, path, issues);
  const template = {
    id: r.string('id', { max: 200, nonEmpty: true }),
    name: r.string('name', { max: 1_000 }),
    kind: r.oneOf('kind', documentKinds),
    description: r.string('description', { max: 100_000 }),
    fields: readFieldList(r.raw('fields'), `${path}.fields`, issues),
    body: r.string('body'),
    createdAt: r.number('createdAt', { min: 0 }),
    updatedAt: r.number('updatedAt', { min: 0 }),
  };
  r.done();
  return allDefined(template, []) ? (template as UserTemplate) : undefined;
}

/** Only known settings with a valid value; unknown keys are dropped with a warning (a newer version's). */
export function readSetting(value: unknown, path: string, issues: Issues): Setting | undefined {
  const object = objectAt(value, path, issues, 'a setting object');
  if (!object) return undefined;
  const r = new FieldReader(object, path, issues);
  const key = r.string('key', { max: 200 });
  const raw = r.raw('value');
  r.done();
  const validators: Record<string, (v: unknown) => boolean> = {
    lastDraftId: (v) => v === null || (typeof v === 'string' && v.length <= 200),
    locale: (v) => v === null || v === 'zh_CN' || v === 'zh_TW' || v === 'en',
    plainTextIndent: (v) => typeof v === 'boolean',
    // The last form values per template id: each entry must read as field values on its own.
    templateValues: (v) =>
      isPlainObject(v) &&
      Object.entries(v).every(([id, values]) => {
        const probe = new Issues();
        readFieldValues(values, `${path}.value.${id}`, probe);
        return probe.errors.length === 0;
      }),
  };
  if (key === undefined) return undefined;
  if (!Object.hasOwn(validators, key)) {
    issues.warn(path, `unknown setting ${key} dropped`);
    return undefined;
  }
  if (!validators[key](raw)) {
    issues.fail('invalidField', `${path}.value`, `invalid value for setting ${key}`);
    return undefined;
  }
  return { key, value: raw };
}
