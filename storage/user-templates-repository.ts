import { systemClock, type Clock } from './clock';
import type { UserTemplate } from './user-template';
import type { WenshuDatabase } from './wenshu-database';

export type UserTemplatesRepository = ReturnType<typeof createUserTemplatesRepository>;
export type UserTemplateInput = Omit<UserTemplate, 'id' | 'createdAt' | 'updatedAt'>;

export function createUserTemplatesRepository(
  db: WenshuDatabase,
  clock: Clock = systemClock,
  newId: () => string = () => crypto.randomUUID(),
) {
  return {
    async create(input: UserTemplateInput): Promise<UserTemplate> {
      const now = clock();
      const template: UserTemplate = { ...input, id: newId(), createdAt: now, updatedAt: now };
      await db.userTemplates.add(template);
      return template;
    },
    get(id: string): Promise<UserTemplate | undefined> {
      return db.userTemplates.get(id);
    },
    async update(id: string, patch: Partial<UserTemplateInput>): Promise<UserTemplate> {
      return db.transaction('rw', db.userTemplates, async () => {
        const current = await db.userTemplates.get(id);
        if (!current) throw new Error(`template ${id} not found`);
        const next: UserTemplate = { ...current, ...patch, id, updatedAt: clock() };
        await db.userTemplates.put(next);
        return next;
      });
    },
    /** Sorted by name, as a picker shows them. */
    list(): Promise<UserTemplate[]> {
      return db.userTemplates.orderBy('name').toArray();
    },
    remove(id: string): Promise<void> {
      return db.userTemplates.delete(id);
    },
  };
}
