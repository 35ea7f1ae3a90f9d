import Dexie, { type EntityTable } from 'dexie';
import type { Draft } from './draft';
import type { Revision } from './revision';
import { databaseName } from './schema-version';
import { upgradeToV2 } from './upgrade-to-v2';
import type { UserTemplate } from './user-template';

export interface Setting {
  key: string;
  value: unknown;
}

/**
 * The one schema of the extension. Every version stays listed in order; an upgrade is a named function
 * with its own test. Only queried fields are indexed: title, body and template fields are never index keys.
 */
export class WenshuDatabase extends Dexie {
  drafts!: EntityTable<Draft, 'id'>;
  revisions!: EntityTable<Revision, 'id'>;
  userTemplates!: EntityTable<UserTemplate, 'id'>;
  settings!: EntityTable<Setting, 'key'>;

  constructor(name = databaseName) {
    super(name);
    this.version(1).stores({
      drafts: 'id, updatedAt, kind, templateId',
      settings: 'key',
    });
    this.version(2)
      .stores({
        // *tags: the tag picker lists distinct tags; deletedAt: only trashed drafts have it, so listTrash
        // reads exactly the trash.
        drafts: 'id, updatedAt, kind, templateId, *tags, deletedAt',
        // draftId: history and purge; [draftId+source+createdAt]: the newest autosave (coalescing) and
        // the oldest ones (pruning) from keys only; [draftId+draftRevision]: "is this state kept yet?".
        revisions: '++id, draftId, [draftId+source+createdAt], [draftId+draftRevision]',
        userTemplates: 'id, name, kind, updatedAt',
      })
      .upgrade(upgradeToV2);
  }
}
