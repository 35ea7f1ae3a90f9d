import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { localeForLanguage } from '../i18n/translate';
import type { Locale } from '../i18n/messages';
import { LocaleProvider } from '../i18n/use-translation';
import { draftsRepository, settingsRepository } from '../storage/default-database';
import { PanelView } from './PanelView';
import { StartupFailure } from './StartupFailure';

type Startup =
  | { state: 'loading' }
  | { state: 'ready'; locale: Locale; initialDraftId: string | null }
  | { state: 'failed'; detail: string };

/** Loads the user's language and last open draft before showing the panel, so nothing flickers. */
export function App() {
  const [startup, setStartup] = useState<Startup>({ state: 'loading' });

  useEffect(() => {
    void (async () => {
      try {
        const chosen = await settingsRepository.get('locale');
        const lastDraftId = await settingsRepository.get('lastDraftId');
        const exists = lastDraftId ? await draftsRepository.get(lastDraftId) : undefined;
        const locale = chosen ?? localeForLanguage(browser.i18n.getUILanguage());
        setStartup({ state: 'ready', locale, initialDraftId: exists ? lastDraftId : null });
      } catch (error) {
        // A broken profile or a blocked IndexedDB: say so in the browser's language, never a blank panel.
        setStartup({ state: 'failed', detail: error instanceof Error ? error.message : String(error) });
      }
    })();
  }, []);

  if (startup.state === 'loading') return null;
  if (startup.state === 'failed') {
    return (
      <LocaleProvider value={localeForLanguage(browser.i18n.getUILanguage())}>
        <StartupFailure detail={startup.detail} />
      </LocaleProvider>
    );
  }
  const chooseLocale = (next: Locale) => {
    setStartup({ ...startup, locale: next });
    void settingsRepository.set('locale', next);
  };
  return (
    <LocaleProvider value={startup.locale}>
      <PanelView initialDraftId={startup.initialDraftId} onChooseLocale={chooseLocale} />
    </LocaleProvider>
  );
}
