/** The kinds of text a director writes; the UI groups drafts and templates by these. */
export const documentKinds = [
  '工作总结',
  '情况汇报',
  '调研报告',
  '领导讲话',
  '会议纪要',
  '通知',
  '请示',
  '报告',
  '意见',
  '函',
  '典型经验材料',
  '其他',
] as const;
export type DocumentKind = (typeof documentKinds)[number];

export type ScalarFieldType = 'text' | 'multiline' | 'date' | 'number' | 'percent' | 'choice';

export interface ScalarField {
  name: string;
  label: string;
  type: ScalarFieldType;
  required?: boolean;
  help?: string;
  example?: string;
  /** Only for `choice`. */
  options?: string[];
}

/** A repeatable group, e.g. 主要做法: a list of {做法, 成效}. Groups do not nest. */
export interface GroupField {
  name: string;
  label: string;
  type: 'group';
  required?: boolean;
  help?: string;
  fields: ScalarField[];
  example?: Record<string, string>[];
}

export type Field = ScalarField | GroupField;

/** Values as the form holds them: scalars are strings (the form's own text), groups are lists of rows. */
export type FieldValues = Record<string, string | Record<string, string>[]>;

export interface TemplateDefinition {
  id: string;
  kind: DocumentKind;
  name: string;
  description: string;
  fields: Field[];
  /** Handlebars source of the plain-text body; the first line is the title. */
  body: string;
}

export interface RenderedDocument {
  title: string;
  text: string;
  html: string;
  /** How many 【待填：…】 placeholders remain in the text. */
  placeholders: number;
}
