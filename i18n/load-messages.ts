import type { Locale, LocaleMessages, MessageKey } from './locale';

/**
 * The panel's strings, one language at a time: each `_locales` file (still the single source of strings,
 * shared with the manifest) becomes its own chunk, fetched when that language is chosen. zh_CN, the
 * fallback for a key a translation lacks, comes along with any other language.
 */
const loaders: Record<Locale, () => Promise<{ default: unknown }>> = {
  zh_CN: () => import('../public/_locales/zh_CN/messages.json'),
  zh_TW: () => import('../public/_locales/zh_TW/messages.json'),
  en: () => import('../public/_locales/en/messages.json'),
};

export interface LoadedMessages {
  locale: Locale;
  lookup: (key: MessageKey) => LocaleMessages[MessageKey];
}

export async function loadMessages(locale: Locale): Promise<LoadedMessages> {
  const [chosen, fallback] = await Promise.all(
    [locale, 'zh_CN' as const].map(async (name) => (await loaders[name]()).default as LocaleMessages),
  );
  return { locale, lookup: (key) => chosen[key] ?? fallback[key] };
}
