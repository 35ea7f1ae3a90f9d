import type { FieldValues } from '../domain/field';
import type { WenshuDatabase } from './wenshu-database';

export interface Settings {
  /** The draft open when the panel was last closed, reopened on the next visit. */
  lastDraftId: string | null;
  /** Interface language chosen by the user; null follows the browser. */
  locale: 'zh_CN' | 'zh_TW' | 'en' | null;
  /** The last form values per template id, so the next fill starts from them (e.g. the unit name). */
  templateValues: Record<string, FieldValues>;
  /** The part of a document (标题/正文/全文) the user chose per site and kind of field (see insert-part.ts). */
  insertParts: Record<string, 'title' | 'body' | 'all'>;
  /** Plain text for OA textareas starts each paragraph with two full-width spaces (段首空两格). */
  plainTextIndent: boolean;
}

/** Where this panel was, not what the user made: never exported, so a backup restores the same everywhere. */
export const localOnlySettings: readonly string[] = ['lastDraftId', 'insertParts'];

export const defaultSettings: Settings = {
  lastDraftId: null,
  locale: null,
  templateValues: {},
  insertParts: {},
  plainTextIndent: true,
};

export function createSettingsRepository(db: WenshuDatabase) {
  return {
    async get<K extends keyof Settings>(key: K): Promise<Settings[K]> {
      const row = await db.settings.get(key);
      return row === undefined ? defaultSettings[key] : (row.value as Settings[K]);
    },
    async set<K extends keyof Settings>(key: K, value: Settings[K]): Promise<void> {
      await db.settings.put({ key, value });
    },
    /** Reads and writes `key` in one transaction: what another panel (or a read not yet back) holds is kept. */
    async update<K extends keyof Settings>(key: K, change: (value: Settings[K]) => Settings[K]): Promise<void> {
      await db.transaction('rw', db.settings, async () => {
        const row = await db.settings.get(key);
        const value = row === undefined ? defaultSettings[key] : (row.value as Settings[K]);
        await db.settings.put({ key, value: change(value) });
      });
    },
  };
}
