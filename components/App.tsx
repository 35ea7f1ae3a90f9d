import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { loadMessages, type LoadedMessages } from '../i18n/load-messages';
import { localeForLanguage, type Locale } from '../i18n/locale';
import { MessagesProvider } from '../i18n/use-translation';
import { database, settingsRepository } from '../storage/default-database';
import { readStartup } from '../storage/read-startup';
import { PanelView } from './PanelView';
import { StartupFailure } from './StartupFailure';

type Startup =
  | { state: 'loading' }
  | { state: 'ready'; messages: LoadedMessages; initialDraftId: string | null }
  | { state: 'failed'; messages: LoadedMessages; detail: string };

/** Loads the user's language and last open draft before showing the panel, so nothing flickers. */
export function App() {
  const [startup, setStartup] = useState<Startup>({ state: 'loading' });

  useEffect(() => {
    void (async () => {
      const browserLocale = localeForLanguage(browser.i18n.getUILanguage());
      const defaultStrings = loadMessages('zh_CN'); // fetched while the database is read
      try {
        const read = await readStartup(database);
        const locale = read.locale ?? browserLocale;
        const messages = locale === 'zh_CN' ? await defaultStrings : await loadMessages(locale);
        setStartup({ state: 'ready', messages, initialDraftId: read.lastDraftId });
      } catch (error) {
        // A broken profile or a blocked IndexedDB: say so in the browser's language, never a blank panel.
        const detail = error instanceof Error ? error.message : String(error);
        setStartup({ state: 'failed', messages: await loadMessages(browserLocale), detail });
      }
    })();
  }, []);

  if (startup.state === 'loading') return null;
  if (startup.state === 'failed') {
    return (
      <MessagesProvider value={startup.messages}>
        <StartupFailure detail={startup.detail} />
      </MessagesProvider>
    );
  }
  const chooseLocale = async (next: Locale) => {
    void settingsRepository.set('locale', next);
    const messages = await loadMessages(next);
    setStartup((current) => (current.state === 'ready' ? { ...current, messages } : current));
  };
  return (
    <MessagesProvider value={startup.messages}>
      <PanelView initialDraftId={startup.initialDraftId} onChooseLocale={chooseLocale} />
    </MessagesProvider>
  );
}
