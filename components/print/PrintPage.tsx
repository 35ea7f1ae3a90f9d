import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import type { Locale } from '../../i18n/messages';
import { localeForLanguage } from '../../i18n/translate';
import { LocaleProvider } from '../../i18n/use-translation';
import { draftsRepository, settingsRepository } from '../../storage/default-database';
import { draftParagraphs } from '../../typeset/draft-paragraphs';
import type { TypesetParagraph } from '../../typeset/typeset-paragraph';
import { lookupTemplate } from '../drafts/lookup-template';
import { PrintView } from './PrintView';

type Loaded = { locale: Locale; title: string; paragraphs: TypesetParagraph[] | null };

/** The print view's page: reads the saved draft named in the address, in the user's UI language. */
export function PrintPage({ draftId }: { draftId: string }) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  useEffect(() => {
    void (async () => {
      const locale = (await settingsRepository.get('locale')) ?? localeForLanguage(browser.i18n.getUILanguage());
      const draft = draftId ? await draftsRepository.get(draftId) : undefined;
      const paragraphs = draft ? await draftParagraphs(draft, lookupTemplate) : null;
      setLoaded({ locale, title: draft?.title ?? '', paragraphs });
    })();
  }, [draftId]);
  if (!loaded) return null;
  return (
    <LocaleProvider value={loaded.locale}>
      <PrintView title={loaded.title} paragraphs={loaded.paragraphs} />
    </LocaleProvider>
  );
}
