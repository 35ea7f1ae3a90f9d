import type { FieldValues } from '../domain/field';
import type { WenshuDatabase } from './wenshu-database';

export interface Settings {
  /** The draft open when the panel was last closed, reopened on the next visit. */
  lastDraftId: string | null;
  /** Interface language chosen by the user; null follows the browser. */
  locale: 'zh_CN' | 'zh_TW' | 'en' | null;
  /** The last form values per template id, so the next fill starts from them (e.g. the unit name). */
  templateValues: Record<string, FieldValues>;
}

/** Where this panel was, not what the user made: never exported, so a backup restores the same everywhere. */
export const localOnlySettings: readonly string[] = ['lastDraftId'];

export const defaultSettings: Settings = { lastDraftId: null, locale: null, templateValues: {} };

export function createSettingsRepository(db: WenshuDatabase) {
  return {
    async get<K extends keyof Settings>(key: K): Promise<Settings[K]> {
      const row = await db.settings.get(key);
      return row === undefined ? defaultSettings[key] : (row.value as Settings[K]);
    },
    async set<K extends keyof Settings>(key: K, value: Settings[K]): Promise<void> {
      await db.settings.put({ key, value });
    },
  };
}
