import { storage } from 'wxt/utils/storage';
import type { ModelSource } from './model-source';
import type { PresetId } from './presets';

/** The polishing choices a user makes once: kept in extension storage, never in backups. */
export interface PolishSettings {
  source: ModelSource;
  /** Catalogue key the user chose; null follows the recommendation for this machine. */
  modelKey: string | null;
  preset: PresetId;
  instruction: string;
}

export const defaultPolishSettings: PolishSettings = {
  source: { kind: 'default' },
  modelKey: null,
  preset: 'formal',
  instruction: '',
};

/**
 * Version 1 (unversioned, written before this item existed) was read through a merge with the defaults,
 * so a stored object may lack fields; from version 2 the stored value is complete.
 */
export const polishSettingsItem = storage.defineItem<PolishSettings>('local:polishSettings', {
  fallback: defaultPolishSettings,
  version: 2,
  migrations: {
    2: (stored: Partial<PolishSettings>): PolishSettings => ({ ...defaultPolishSettings, ...stored }),
  },
});
