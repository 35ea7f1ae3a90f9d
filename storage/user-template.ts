import type { DocumentKind } from '../domain/document-kind';
import type { Field } from '../domain/field';

/** A template the user saved; fields and body are plain data, never index keys. */
export interface UserTemplate {
  id: string;
  name: string;
  kind: DocumentKind;
  description: string;
  fields: Field[];
  /** Handlebars source, same contract as the built-in templates. */
  body: string;
  createdAt: number;
  updatedAt: number;
}
