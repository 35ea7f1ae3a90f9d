import type { UserTemplate } from '../../storage/user-template';
import { findTemplateProblems } from '../../templates/schema';
import type { TemplateDefinition } from '../../templates/template-definition';

/** A template as the chooser lists it: built-in or the user's own, and whether it can fill a form yet. */
export interface TemplateEntry {
  def: TemplateDefinition;
  user?: UserTemplate;
  usable: boolean;
}

export function builtinEntry(def: TemplateDefinition): TemplateEntry {
  return { def, usable: true };
}

/** A user template is checked statically on every listing (never run): a broken one is listed but cannot fill until fixed. */
export function userEntry(user: UserTemplate): TemplateEntry {
  const { id, kind, name, description, fields, body } = user;
  return {
    def: { id, kind, name, description, fields, body },
    user,
    usable: findTemplateProblems(body, fields, { render: false }).usable,
  };
}
