import { useState } from 'react';
import { browser } from 'wxt/browser';
import { loadMessages, type LoadedMessages } from '../i18n/load-messages';
import { localeForLanguage, type Locale } from '../i18n/locale';
import { MessagesProvider } from '../i18n/use-translation';
import { draftSearch } from '../search/default-draft-search';
import { database, settingsRepository } from '../storage/default-database';
import { readStartup } from '../storage/read-startup';
import { takeEarlyStartup } from '../storage/early-startup';
import { DraftEditor } from './lazy-views';
import { PanelView } from './PanelView';
import { StartupFailure } from './StartupFailure';

export type PanelStartup =
  | { state: 'ready'; messages: LoadedMessages; initialDraftId: string | null }
  | { state: 'failed'; messages: LoadedMessages; detail: string };

/**
 * The user's language, last open draft and the list's first rows, read before React renders at all (the
 * default strings come with the panel's code): the first render is the panel with its list, with no
 * empty render and no effect to wait for in between, and nothing flickers.
 */
export async function startPanel(): Promise<PanelStartup> {
  const browserLocale = localeForLanguage(browser.i18n.getUILanguage());
  try {
    // Usually already read by the page's first script; otherwise (first run, an upgrade due) through Dexie.
    const read = (await takeEarlyStartup(globalThis)) ?? (await readStartup(database));
    if (read.newestDrafts) draftSearch.seed(read.newestDrafts);
    const locale = read.locale ?? browserLocale;
    // Reopening a draft: its editor's chunk is fetched with the strings, so the first render shows it.
    const editor = read.lastDraftId ? DraftEditor.preload() : undefined;
    const messages = await loadMessages(locale);
    await editor;
    return { state: 'ready', messages, initialDraftId: read.lastDraftId };
  } catch (error) {
    // A broken profile or a blocked IndexedDB: say so in the browser's language, never a blank panel.
    const detail = error instanceof Error ? error.message : String(error);
    return { state: 'failed', messages: await loadMessages(browserLocale), detail };
  }
}

export function App({ startup: initial }: { startup: PanelStartup }) {
  const [startup, setStartup] = useState(initial);

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
