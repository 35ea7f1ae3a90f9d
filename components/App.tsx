import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { loadMessages, type LoadedMessages } from '../i18n/load-messages';
import { localeForLanguage, type Locale } from '../i18n/locale';
import { MessagesProvider } from '../i18n/use-translation';
import { database, settingsRepository } from '../storage/default-database';
import { readStartup } from '../storage/read-startup';
import { PanelView } from './PanelView';

/** Loads the user's language and last open draft before showing the panel, so nothing flickers. */
export function App() {
  const [messages, setMessages] = useState<LoadedMessages | null>(null);
  const [initialDraftId, setInitialDraftId] = useState<string | null>(null);

  useEffect(() => {
    void (async () => {
      const defaultStrings = loadMessages('zh_CN'); // fetched while the database is read
      const startup = await readStartup(database);
      const locale = startup.locale ?? localeForLanguage(browser.i18n.getUILanguage());
      const loaded = locale === 'zh_CN' ? await defaultStrings : await loadMessages(locale);
      setInitialDraftId(startup.lastDraftId);
      setMessages(loaded);
    })();
  }, []);

  if (!messages) return null;
  const chooseLocale = async (next: Locale) => {
    void settingsRepository.set('locale', next);
    setMessages(await loadMessages(next));
  };
  return (
    <MessagesProvider value={messages}>
      <PanelView initialDraftId={initialDraftId} onChooseLocale={chooseLocale} />
    </MessagesProvider>
  );
}
