import { messagesByLocale, type Locale, type MessageKey } from './messages';

/** Fills chrome.i18n-style placeholders (`$COUNT$` → `$1`) so one file format serves manifest and UI. */
export function translate(locale: Locale, key: MessageKey, ...substitutions: (string | number)[]): string {
  const entry = messagesByLocale[locale][key] ?? messagesByLocale.zh_CN[key];
  let text = entry.message;
  for (const [name, { content }] of Object.entries(entry.placeholders ?? {})) {
    const value = content.replace(/\$(\d)/g, (_, n: string) => String(substitutions[Number(n) - 1] ?? ''));
    text = text.replace(new RegExp(`\\$${name}\\$`, 'gi'), value);
  }
  return text;
}

/** Chinese UI by default; only Traditional-Chinese and English browsers switch away from it. */
export function localeForLanguage(language: string | undefined): Locale {
  const lang = (language ?? '').toLowerCase();
  if (/^zh[-_](tw|hk|mo|hant)/.test(lang)) return 'zh_TW';
  if (lang.startsWith('en')) return 'en';
  return 'zh_CN';
}
