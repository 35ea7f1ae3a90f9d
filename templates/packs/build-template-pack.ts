import type { UserTemplate } from '../../storage/user-template';
import { templatePackFormat, templatePackVersion, type TemplatePack } from './template-pack';

/** The pack file for some user templates: only what a template is, not when or where it was stored. */
export function buildTemplatePack(templates: readonly UserTemplate[]): TemplatePack {
  return {
    format: templatePackFormat,
    version: templatePackVersion,
    templates: templates.map(({ name, kind, description, fields, body }) => ({
      name,
      kind,
      description,
      fields,
      body,
    })),
  };
}

export function templatePackFileName(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `wenshu-templates-${date.getFullYear()}${pad(date.getMonth() + 1)}${pad(date.getDate())}.json`;
}
