import type { DocumentKind } from '../domain/document-kind';
import type { Field } from '../domain/field';

// The shared domain types live in domain/ (below storage); re-exported here as part of the templates' surface.
export { documentKinds, type DocumentKind } from '../domain/document-kind';
export type { Field, FieldValues, GroupField, ScalarField, ScalarFieldType } from '../domain/field';

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
