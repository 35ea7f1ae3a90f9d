import { FieldReader, isPlainObject, type Issues } from '../../backup/backup-reader';
import { readFieldList } from '../../backup/read-records';
import { documentKinds } from '../template-definition';
import { templatePackLimits, type PackedTemplate } from './template-pack';

/** Reads one template of a pack with the backup's field reader: the same types, limits and warnings. */
export function readPackedTemplate(value: unknown, path: string, issues: Issues): PackedTemplate | undefined {
  if (!isPlainObject(value)) {
    issues.fail('invalidField', path, 'expected a template object');
    return undefined;
  }
  const r = new FieldReader(value, path, issues);
  const template = {
    name: r.string('name', { max: templatePackLimits.maxNameLength, nonEmpty: true }),
    kind: r.oneOf('kind', documentKinds),
    description: r.string('description', { optional: true, max: templatePackLimits.maxDescriptionLength }) ?? '',
    fields: readFieldList(r.raw('fields'), `${path}.fields`, issues),
    body: r.string('body', { max: templatePackLimits.maxBodyLength }),
  };
  // Exports of a later version may carry ids or dates; they are ignored rather than refused.
  for (const known of ['id', 'createdAt', 'updatedAt']) r.raw(known);
  r.done();
  const { name, kind, fields, body } = template;
  if (name === undefined || kind === undefined || fields === undefined || body === undefined) return undefined;
  return { name, kind, description: template.description, fields, body };
}
