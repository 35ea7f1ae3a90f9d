import zhCN from '../public/_locales/zh_CN/messages.json';
import zhTW from '../public/_locales/zh_TW/messages.json';
import en from '../public/_locales/en/messages.json';

/**
 * The same `_locales` files the manifest uses, bundled so the panel can follow the user's chosen
 * language instead of only the browser's (chrome.i18n cannot switch language at run time).
 */
export type MessageKey = keyof typeof zhCN;
export interface LocaleMessage {
  message: string;
  placeholders?: Record<string, { content: string }>;
}
export const locales = ['zh_CN', 'zh_TW', 'en'] as const;
export type Locale = (typeof locales)[number];

export const messagesByLocale: Record<Locale, Record<MessageKey, LocaleMessage>> = {
  zh_CN: zhCN,
  zh_TW: zhTW,
  en,
};
