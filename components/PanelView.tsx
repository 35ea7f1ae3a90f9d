import { Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Locale } from '../i18n/locale';
import { useTranslation } from '../i18n/use-translation';
import type { Draft, NewDraft } from '../storage/draft';
import { draftsRepository, settingsRepository } from '../storage/default-database';
import { DraftsView } from './drafts/DraftsView';
import { editedSinceFill } from './drafts/edited-since-fill';
import type { RefillChoice } from './drafts/RefillConfirm';
import { callBackground } from '../messaging/protocol-client';
import { textToHtml } from '../templates/text-to-html';
import { CaptureErrorBanner } from './CaptureErrorBanner';
import { errorMessageOf } from './error-message';
import { LanguageSelect } from './LanguageSelect';
import { useCapturedSelection } from './polish/use-captured-selection';
import { PolishRequestContext, type PolishRequest } from './polish/polish-request';
import { PolishView, RefillConfirm, SettingsView, TemplateLibrary } from './lazy-views';
import { Toast } from './toast/Toast';
import { ToastContext, type ToastRequest } from './toast/toast-context';
import { ViewErrorBoundary } from './ViewErrorBoundary';
import { ViewTabs } from './ViewTabs';

type View = 'drafts' | 'templates' | 'polish' | 'settings';

interface Props {
  initialDraftId: string | null;
  onChooseLocale: (locale: Locale) => void;
}

export function PanelView({ initialDraftId, onChooseLocale }: Props) {
  const { t } = useTranslation();
  const [view, setView] = useState<View>('drafts');
  const [openDraftId, setOpenDraftId] = useState<string | null>(initialDraftId);
  const [refill, setRefill] = useState<Draft | null>(null);
  // Bumped by Ctrl/Cmd+F; the list focuses its search box whenever this changes, once it is mounted.
  const [searchRequest, setSearchRequest] = useState(0);
  // Text the editor sent to 润色 (a selection or the whole draft); without one the open draft is used.
  const [polishRequest, setPolishRequest] = useState<PolishRequest | null>(null);
  const [toast, setToast] = useState<ToastRequest | null>(null);
  // 重新填写 over hand-edited text waits here for the user's choice.
  const [refillChoice, setRefillChoice] = useState<{ draft: Draft; fill: NewDraft } | null>(null);
  const mainRef = useRef<HTMLElement>(null);
  const closeToast = useCallback((hadFocus: boolean) => {
    setToast(null);
    if (hadFocus) mainRef.current?.focus();
  }, []);

  useEffect(() => {
    void settingsRepository.set('lastDraftId', openDraftId);
  }, [openDraftId]);
  // No search-index warm-up here: the draft list starts the build once its first rows are shown. Opened
  // into a draft, the panel builds nothing while the user types (a profile of typing in a 20,000-character
  // draft: median key → frame 141 ms beside the build, 35 ms without).
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'f') {
        event.preventDefault();
        setView('drafts');
        setOpenDraftId(null);
        setSearchRequest((count) => count + 1);
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  const open = (id: string | null) => {
    setOpenDraftId(id);
    setRefill(null);
    // 润色 then works on the draft now open, not on text sent from an earlier one.
    setPolishRequest(null);
    setView('drafts');
  };
  const openDraftRequest = useMemo(() => (openDraftId ? { draftId: openDraftId, text: '' } : null), [openDraftId]);
  const polishVisited = useRef(false);
  if (view === 'polish') polishVisited.current = true;
  const requestPolish = (request: PolishRequest) => {
    setPolishRequest(request);
    setView('polish');
  };
  // 润色所选 on a page: polish the captured text, then put the result back where it was selected.
  useCapturedSelection(({ text }) =>
    requestPolish({
      text,
      onAccepted: async (result) => {
        try {
          await callBackground({ kind: 'replaceCapturedSelection', text: result, html: textToHtml(result) });
          return t('polishReplaced');
        } catch (error) {
          await draftsRepository.create(
            { title: t('polishedDraftTitle'), body: result, kind: '其他' },
            { revision: 'polish' },
          );
          const { key, detail } = errorMessageOf(error);
          return t('polishReplaceFailed', t(key, detail));
        }
      },
    }),
  );
  const refillDraft = async (id: string, fill: NewDraft, choice: Exclude<RefillChoice, 'cancel'>) => {
    // The copy keeps the hand-edited text; an overwrite keeps it in 历史版本 (the repository does that).
    if (choice === 'keepCopy') await draftsRepository.keepBoth(id, {});
    open((await draftsRepository.update(id, fill, { revision: 'template' })).id);
  };
  const labels: Record<View, string> = {
    drafts: t('navDrafts'),
    templates: t('navTemplates'),
    polish: t('navPolish'),
    settings: t('navSettings'),
  };

  return (
    <div className="panel">
      <header>
        <h1>{t('extName')}</h1>
        <LanguageSelect onChoose={onChooseLocale} />
      </header>
      <CaptureErrorBanner />
      <ViewTabs views={labels} selected={view} onSelect={setView} label={t('extName')} />
      <main id={`view-${view}`} role="tabpanel" aria-labelledby={`tab-${view}`} tabIndex={-1} ref={mainRef}>
        <ToastContext.Provider value={setToast}>
          <Suspense fallback={<div aria-busy="true" />}>
            {view === 'templates' && (
              <ViewErrorBoundary view={labels.templates}>
                <TemplateLibrary
                  key={refill?.id ?? 'new'}
                  initialTemplateId={refill?.templateId}
                  initialValues={refill?.fieldValues}
                  onCreateDraft={async ({ templateId, kind, values, title, text }) => {
                    const fill = { title, body: text, kind, templateId, fieldValues: values };
                    const current = refill && (await draftsRepository.get(refill.id));
                    if (!current) return open((await draftsRepository.create(fill, { revision: 'template' })).id);
                    // A refill rewrites its own draft; hand edits are never overwritten without asking.
                    if (await editedSinceFill(current)) setRefillChoice({ draft: current, fill });
                    else await refillDraft(current.id, fill, 'overwrite');
                  }}
                />
                {refillChoice && (
                  <RefillConfirm
                    current={refillChoice.draft.body}
                    next={refillChoice.fill.body}
                    onChoose={(choice) => {
                      setRefillChoice(null);
                      if (choice !== 'cancel') void refillDraft(refillChoice.draft.id, refillChoice.fill, choice);
                    }}
                  />
                )}
              </ViewErrorBoundary>
            )}
            {view === 'drafts' && (
              <ViewErrorBoundary view={labels.drafts}>
                <PolishRequestContext.Provider value={requestPolish}>
                  <DraftsView
                    openDraftId={openDraftId}
                    onOpen={open}
                    onRefill={(draft) => {
                      setRefill(draft);
                      setView('templates');
                    }}
                    onStartFromTemplate={() => setView('templates')}
                    searchRequest={searchRequest}
                  />
                </PolishRequestContext.Provider>
              </ViewErrorBoundary>
            )}
            {polishVisited.current && (
              // Kept mounted once opened: a loaded model and a review in progress survive a look at the drafts.
              <div hidden={view !== 'polish'}>
                <ViewErrorBoundary view={labels.polish}>
                  <PolishView request={polishRequest ?? openDraftRequest} />
                </ViewErrorBoundary>
              </div>
            )}
            {view === 'settings' && (
              <ViewErrorBoundary view={labels.settings}>
                <SettingsView />
              </ViewErrorBoundary>
            )}
          </Suspense>
        </ToastContext.Provider>
      </main>
      {toast && <Toast toast={toast} onClose={closeToast} />}
    </div>
  );
}
