import { createContext, useContext } from 'react';
import type { Locale, MessageKey } from './messages';
import { translate } from './translate';

const LocaleContext = createContext<Locale>('zh_CN');
export const LocaleProvider = LocaleContext.Provider;

export function useTranslation() {
  const locale = useContext(LocaleContext);
  return {
    locale,
    t: (key: MessageKey, ...substitutions: (string | number)[]) => translate(locale, key, ...substitutions),
  };
}
