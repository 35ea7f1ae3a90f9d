import { useEffect, useState } from 'react';
import type { Locale } from '../i18n/messages';
import { useTranslation } from '../i18n/use-translation';
import { draftsRepository, settingsRepository } from '../storage/default-database';
import { useDraft } from '../storage/use-drafts';
import { findBuiltinTemplate } from '../templates/builtin';
import { DraftEditor } from './DraftEditor';
import { DraftList } from './DraftList';
import { LanguageSelect } from './LanguageSelect';
import { TemplateFiller } from './TemplateFiller';

type View = 'drafts' | 'templates';

interface Props {
  initialDraftId: string | null;
  onChooseLocale: (locale: Locale) => void;
}

export function PanelView({ initialDraftId, onChooseLocale }: Props) {
  const { t } = useTranslation();
  const [view, setView] = useState<View>('drafts');
  const [openDraftId, setOpenDraftId] = useState<string | null>(initialDraftId);
  const openDraft = useDraft(openDraftId);

  useEffect(() => {
    void settingsRepository.set('lastDraftId', openDraftId);
  }, [openDraftId]);

  const open = (id: string) => {
    setOpenDraftId(id);
    setView('drafts');
  };
  const tabs: [View, string][] = [
    ['drafts', t('navDrafts')],
    ['templates', t('navTemplates')],
  ];

  return (
    <div className="panel">
      <header>
        <h1>{t('extName')}</h1>
        <LanguageSelect onChoose={onChooseLocale} />
      </header>
      <nav role="tablist" aria-label={t('extName')}>
        {tabs.map(([id, label]) => (
          <button
            key={id}
            role="tab"
            type="button"
            aria-selected={view === id}
            aria-controls={`view-${id}`}
            onClick={() => setView(id)}
          >
            {label}
          </button>
        ))}
      </nav>
      <main id={`view-${view}`} role="tabpanel">
        {view === 'templates' && (
          <TemplateFiller
            onCreateDraft={async ({ templateId, values, title, text }) => {
              const kind = findBuiltinTemplate(templateId)?.kind ?? '其他';
              const draft = await draftsRepository.create({ title, body: text, kind, templateId, fieldValues: values });
              open(draft.id);
            }}
          />
        )}
        {view === 'drafts' && openDraft && (
          <DraftEditor key={openDraft.id} draft={openDraft} onBack={() => setOpenDraftId(null)} />
        )}
        {view === 'drafts' && !openDraft && (
          <DraftList
            onOpen={open}
            onNew={async () => open((await draftsRepository.create({ title: '', body: '', kind: '其他' })).id)}
          />
        )}
      </main>
    </div>
  );
}
