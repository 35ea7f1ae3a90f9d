import { formatMessage } from './format-message';
import { messagesByLocale, type Locale, type MessageKey } from './messages';

export { localeForLanguage } from './locale';

/** Any language's string at once, zh_CN when a key is missing (every locale is bundled here). */
export function translate(locale: Locale, key: MessageKey, ...substitutions: (string | number)[]): string {
  return formatMessage(messagesByLocale[locale][key] ?? messagesByLocale.zh_CN[key], substitutions);
}
