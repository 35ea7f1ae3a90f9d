import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { loadMessages, type LoadedMessages } from '../../i18n/load-messages';
import { localeForLanguage } from '../../i18n/locale';
import { MessagesProvider } from '../../i18n/use-translation';
import { draftsRepository, settingsRepository } from '../../storage/default-database';
import { draftParagraphs } from '../../typeset/draft-paragraphs';
import type { TypesetParagraph } from '../../typeset/typeset-paragraph';
import { lookupTemplate } from '../drafts/lookup-template';
import { PrintView } from './PrintView';

type Loaded = { messages: LoadedMessages; title: string; paragraphs: TypesetParagraph[] | null };

/** The print view's page: reads the saved draft named in the address, in the user's UI language. */
export function PrintPage({ draftId }: { draftId: string }) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  useEffect(() => {
    void (async () => {
      const locale = (await settingsRepository.get('locale')) ?? localeForLanguage(browser.i18n.getUILanguage());
      const draft = draftId ? await draftsRepository.get(draftId) : undefined;
      const paragraphs = draft ? await draftParagraphs(draft, lookupTemplate) : null;
      setLoaded({ messages: await loadMessages(locale), title: draft?.title ?? '', paragraphs });
    })();
  }, [draftId]);
  if (!loaded) return null;
  return (
    <MessagesProvider value={loaded.messages}>
      <PrintView title={loaded.title} paragraphs={loaded.paragraphs} />
    </MessagesProvider>
  );
}
