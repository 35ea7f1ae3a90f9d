import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { localeForLanguage } from '../i18n/translate';
import type { Locale } from '../i18n/messages';
import { LocaleProvider } from '../i18n/use-translation';
import { draftsRepository, settingsRepository } from '../storage/default-database';
import { PanelView } from './PanelView';

/** Loads the user's language and last open draft before showing the panel, so nothing flickers. */
export function App() {
  const [locale, setLocale] = useState<Locale | null>(null);
  const [initialDraftId, setInitialDraftId] = useState<string | null>(null);

  useEffect(() => {
    void (async () => {
      const chosen = await settingsRepository.get('locale');
      const lastDraftId = await settingsRepository.get('lastDraftId');
      const exists = lastDraftId ? await draftsRepository.get(lastDraftId) : undefined;
      setInitialDraftId(exists ? lastDraftId : null);
      setLocale(chosen ?? localeForLanguage(browser.i18n.getUILanguage()));
    })();
  }, []);

  if (!locale) return null;
  const chooseLocale = (next: Locale) => {
    setLocale(next);
    void settingsRepository.set('locale', next);
  };
  return (
    <LocaleProvider value={locale}>
      <PanelView initialDraftId={initialDraftId} onChooseLocale={chooseLocale} />
    </LocaleProvider>
  );
}
