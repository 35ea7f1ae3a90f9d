import zhCN from '../public/_locales/zh_CN/messages.json';
import zhTW from '../public/_locales/zh_TW/messages.json';
import en from '../public/_locales/en/messages.json';
import type { Locale, LocaleMessages } from './locale';

export { locales, type Locale, type LocaleMessage, type MessageKey } from './locale';

/**
 * All three `_locales` files the manifest uses, for code that needs every language at once (tests,
 * checks). The panel loads only the chosen language (load-messages.ts).
 */
export const messagesByLocale: Record<Locale, LocaleMessages> = {
  zh_CN: zhCN,
  zh_TW: zhTW,
  en,
};
