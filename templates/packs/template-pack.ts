import type { BackupErrorCode } from '../../backup/backup-format';
import type { DocumentKind, Field } from '../template-definition';

export const templatePackFormat = 'wenshu-templates';
export const templatePackVersion = 1;

/** One template as a pack carries it: no id or dates, an import always makes new templates. */
export interface PackedTemplate {
  name: string;
  kind: DocumentKind;
  description: string;
  fields: Field[];
  body: string;
}

export interface TemplatePack {
  format: typeof templatePackFormat;
  version: typeof templatePackVersion;
  templates: PackedTemplate[];
}

export const templatePackLimits = {
  maxFileBytes: 5 * 1024 * 1024,
  maxTemplates: 500,
  maxNameLength: 100,
  maxDescriptionLength: 2_000,
  maxBodyLength: 100_000,
};

/** Backup codes (same reader, same meaning) plus what only a pack can get wrong. */
export type TemplatePackErrorCode = BackupErrorCode | 'truncated' | 'empty' | 'invalidSchema';

export interface TemplatePackError {
  code: TemplatePackErrorCode;
  /** Where, e.g. "templates[2].fields"; the UI shows it beside the translated message. */
  path: string;
  /** English, for logs and tests. */
  detail: string;
}

export type ParseTemplatePackResult = { ok: true; pack: TemplatePack } | { ok: false; errors: TemplatePackError[] };
