import type { DocumentKind, FieldValues } from '../../templates/template-definition';

/** What the filler hands over when the user presses 生成草稿; the panel stores it as a draft. */
export interface TemplateFill {
  templateId: string;
  kind: DocumentKind;
  values: FieldValues;
  title: string;
  text: string;
}
