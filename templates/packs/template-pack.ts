import type { FileProblem, IssueCode } from '../../domain/file-problem';
import type { SchemaIssue } from '../schema/validate-field-schema';
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

/** The lists of records a pack holds: a problem inside one is told by template. */
export const templatePackLists = ['templates'] as const;

export type TemplatePackErrorCode =
  IssueCode | 'notJson' | 'truncated' | 'empty' | 'wrongFormat' | 'unsupportedVersion' | 'invalidSchema';

export interface TemplatePackError extends FileProblem<TemplatePackErrorCode> {
  /** For invalidSchema: the first rule the template's fields break, worded as the template editor words it. */
  schema?: SchemaIssue;
}

export type ParseTemplatePackResult = { ok: true; pack: TemplatePack } | { ok: false; errors: TemplatePackError[] };
