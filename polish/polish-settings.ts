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

/** The part of chrome.storage.local this needs, injected for tests. */
export interface StorageArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

const key = 'polishSettings';

export async function readPolishSettings(area: StorageArea): Promise<PolishSettings> {
  const stored = (await area.get(key))[key] as Partial<PolishSettings> | undefined;
  return { ...defaultPolishSettings, ...stored };
}

export async function writePolishSettings(area: StorageArea, settings: PolishSettings): Promise<void> {
  await area.set({ [key]: settings });
}
