import { describe, expect, it } from 'vitest';
import { locales, messagesByLocale, type MessageKey } from '../../../i18n/messages';
import { localeForLanguage, translate } from '../../../i18n/translate';

describe('translate', () => {
  it('fills a placeholder in every locale', () => {
    expect(translate('zh_CN', 'placeholdersLeft', 3)).toBe('还有 3 处待填');
    expect(translate('en', 'placeholdersLeft', 3)).toBe('3 fields still to fill');
    expect(translate('zh_TW', 'wordCount', 12)).toBe('12 字');
  });

  it('uses the glossary terms for the main controls', () => {
    expect(translate('zh_CN', 'insertIntoPage')).toBe('插入到网页');
    expect(translate('zh_TW', 'insertIntoPage')).toBe('插入到網頁');
    expect(translate('en', 'errNoTarget')).toBe('Click the field on the page first');
    expect(translate('zh_CN', 'errNoTarget')).toBe('先在网页中点击要填写的位置');
  });
});

describe('locale files (meta-test)', () => {
  const keys = Object.keys(messagesByLocale.zh_CN) as MessageKey[];
  it.each(locales)('%s has every key with a non-empty message and the same placeholders', (locale) => {
    for (const key of keys) {
      const entry = messagesByLocale[locale][key];
      expect(entry?.message, `${locale}.${key}`).toBeTruthy();
      expect(Object.keys(entry.placeholders ?? {}), `${locale}.${key}`).toEqual(
        Object.keys(messagesByLocale.zh_CN[key].placeholders ?? {}),
      );
    }
    expect(Object.keys(messagesByLocale[locale]).sort()).toEqual([...keys].sort());
  });
});

describe('localeForLanguage', () => {
  it.each([
    ['zh-CN', 'zh_CN'],
    ['zh', 'zh_CN'],
    ['zh-TW', 'zh_TW'],
    ['zh-HK', 'zh_TW'],
    ['en-US', 'en'],
    ['de', 'zh_CN'],
    [undefined, 'zh_CN'],
  ])('%s → %s', (language, locale) => {
    expect(localeForLanguage(language)).toBe(locale);
  });
});
