import { useId } from 'react';
import { locales, type Locale } from '../i18n/locale';
import { useTranslation } from '../i18n/use-translation';

const names: Record<Locale, string> = { zh_CN: '简体中文', zh_TW: '繁體中文', en: 'English' };

export function LanguageSelect({ onChoose }: { onChoose: (locale: Locale) => void }) {
  const { t, locale } = useTranslation();
  const id = useId();
  return (
    <span className="language">
      <label htmlFor={id}>{t('language')}</label>
      <select id={id} value={locale} onChange={(event) => onChoose(event.target.value as Locale)}>
        {locales.map((candidate) => (
          <option key={candidate} value={candidate}>
            {names[candidate]}
          </option>
        ))}
      </select>
    </span>
  );
}
