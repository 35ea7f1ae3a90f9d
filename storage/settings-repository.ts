import type { WenshuDatabase } from './wenshu-database';

export interface Settings {
  /** The draft open when the panel was last closed, reopened on the next visit. */
  lastDraftId: string | null;
  /** Interface language chosen by the user; null follows the browser. */
  locale: 'zh_CN' | 'zh_TW' | 'en' | null;
}

export const defaultSettings: Settings = { lastDraftId: null, locale: null };

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
