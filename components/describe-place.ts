import type { Backup } from '../backup/backup-format';
import type { ProblemPlace } from '../domain/file-problem';
import type { GroupField, ScalarField } from '../domain/field';
import type { MessageKey } from '../i18n/messages';
import type { Draft } from '../storage/draft';
import type { StoredRevision } from '../storage/revision';
import type { UserTemplate } from '../storage/user-template';
import type { Setting } from '../storage/wenshu-database';
import type { TemplatePack } from '../templates/packs';

type Translate = (key: MessageKey, ...substitutions: (string | number)[]) => string;

/** Every key a backup or a pack can hold has a word: a new stored field without one is a compile error. */
type StoredKey =
  | keyof Backup
  | keyof TemplatePack
  | keyof Draft
  | keyof StoredRevision
  | keyof UserTemplate
  | keyof ScalarField
  | keyof GroupField
  | keyof Setting;

const fieldWords: Record<StoredKey, MessageKey> = {
  format: 'recordFieldFormat',
  version: 'recordFieldVersion',
  exportedAt: 'recordFieldExportedAt',
  drafts: 'recordFieldDrafts',
  revisions: 'recordFieldRevisions',
  userTemplates: 'recordFieldUserTemplates',
  settings: 'recordFieldSettings',
  templates: 'recordFieldTemplates',
  id: 'recordFieldId',
  title: 'recordFieldTitle',
  body: 'recordFieldBody',
  kind: 'recordFieldKind',
  templateId: 'recordFieldTemplateId',
  fieldValues: 'recordFieldFieldValues',
  tags: 'recordFieldTags',
  status: 'recordFieldStatus',
  pinned: 'recordFieldPinned',
  createdAt: 'recordFieldCreatedAt',
  updatedAt: 'recordFieldUpdatedAt',
  revision: 'recordFieldRevision',
  deletedAt: 'recordFieldDeletedAt',
  draftId: 'recordFieldDraftId',
  draftRevision: 'recordFieldDraftRevision',
  source: 'recordFieldSource',
  name: 'recordFieldName',
  description: 'recordFieldDescription',
  fields: 'recordFieldFields',
  label: 'recordFieldLabel',
  type: 'recordFieldType',
  required: 'recordFieldRequired',
  help: 'recordFieldHelp',
  example: 'recordFieldExample',
  options: 'recordFieldOptions',
  key: 'recordFieldKey',
  value: 'recordFieldValue',
};

const recordWords: Record<string, MessageKey> = {
  drafts: 'backupWhereDraft',
  revisions: 'backupWhereRevision',
  userTemplates: 'backupWhereTemplate',
  templates: 'backupWhereTemplate',
  settings: 'backupWhereSetting',
};

/**
 * A place in a file in words — "第 4 份草稿《年度总结》的“标题”", "“导出时间”" — counting from 1;
 * '' for the file as a whole. A key without a word (not one Wenshu stores) is shown as written.
 */
export function describePlace(t: Translate, place: ProblemPlace): string {
  const quoted = (text: string) => t('placeQuoted', text);
  let field = '';
  if (place.field !== undefined) {
    field = quoted(Object.hasOwn(fieldWords, place.field) ? t(fieldWords[place.field as StoredKey]) : place.field);
  }
  if (place.item !== undefined) {
    const item = typeof place.item === 'number' ? t('placeItemNumber', place.item + 1) : quoted(place.item);
    field = t('placeItem', field, item);
  }
  if (place.list === undefined || place.index === undefined) return field;
  const number = t(recordWords[place.list], place.index + 1);
  const record = place.name ? t('placeNamed', number, place.name) : number;
  return field ? t('placeField', record, field) : record;
}
