import type { UserTemplate } from '../../storage/user-template';
import type { WenshuDatabase } from '../../storage/wenshu-database';
import { builtinTemplates } from '../builtin';
import type { TemplatePack } from './template-pack';
import { uniqueName } from './unique-name';

export interface ApplyTemplatePackOptions {
  now?: number;
  newId?: () => string;
}

/**
 * Stores every template of a parsed pack in ONE transaction (all or nothing). A name already used by
 * a built-in or stored template, or earlier in the same pack, gets a suffix: both are kept.
 */
export async function applyTemplatePack(
  db: WenshuDatabase,
  pack: TemplatePack,
  options: ApplyTemplatePackOptions = {},
): Promise<UserTemplate[]> {
  const newId = options.newId ?? (() => crypto.randomUUID());
  return db.transaction('rw', db.userTemplates, async () => {
    const now = options.now ?? Date.now();
    const taken = new Set([
      ...builtinTemplates.map((t) => t.name),
      ...(await db.userTemplates.toArray()).map((t) => t.name),
    ]);
    const added = pack.templates.map((template): UserTemplate => {
      const name = uniqueName(template.name, taken);
      taken.add(name);
      return { ...structuredClone(template), name, id: newId(), createdAt: now, updatedAt: now };
    });
    await db.userTemplates.bulkAdd(added);
    return added;
  });
}
