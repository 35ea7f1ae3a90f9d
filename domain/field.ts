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
