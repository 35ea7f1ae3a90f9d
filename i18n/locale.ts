import type zhCN from '../public/_locales/zh_CN/messages.json';

/** Types and names only: importing this module never bundles any strings. */
export type MessageKey = keyof typeof zhCN;
export interface LocaleMessage {
  message: string;
  placeholders?: Record<string, { content: string }>;
}
export type LocaleMessages = Record<MessageKey, LocaleMessage>;
export const locales = ['zh_CN', 'zh_TW', 'en'] as const;
export type Locale = (typeof locales)[number];

/** Chinese UI by default; only Traditional-Chinese and English browsers switch away from it. */
export function localeForLanguage(language: string | undefined): Locale {
  const lang = (language ?? '').toLowerCase();
  if (/^zh[-_](tw|hk|mo|hant)/.test(lang)) return 'zh_TW';
  if (lang.startsWith('en')) return 'en';
  return 'zh_CN';
}
