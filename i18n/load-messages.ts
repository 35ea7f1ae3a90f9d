import type { Locale, LocaleMessages, MessageKey } from './locale';
import zhCN from '../public/_locales/zh_CN/messages.json';

/**
 * The panel's strings, one language at a time: each `_locales` file (still the single source of strings,
 * shared with the manifest) becomes its own chunk, fetched when that language is chosen. zh_CN, the
 * fallback for a key a translation lacks and the default language, is imported statically: its chunk is
 * fetched beside the panel's others instead of after they have run (a profile of the warm open: the
 * strings' request left only once the panel's code had run, and the database's answers queued behind
 * their evaluation). The build turns each file into one `JSON.parse` (`wxt.config.ts`), quicker to run
 * than an object literal of 700 keys.
 */
const loaders: Record<Exclude<Locale, 'zh_CN'>, () => Promise<{ default: unknown }>> = {
  zh_TW: () => import('../public/_locales/zh_TW/messages.json'),
  en: () => import('../public/_locales/en/messages.json'),
};
const fallback = zhCN as LocaleMessages;

export interface LoadedMessages {
  locale: Locale;
  lookup: (key: MessageKey) => LocaleMessages[MessageKey];
}

export async function loadMessages(locale: Locale): Promise<LoadedMessages> {
  const chosen = locale === 'zh_CN' ? fallback : ((await loaders[locale]()).default as LocaleMessages);
  return { locale, lookup: (key) => chosen[key] ?? fallback[key] };
}
