import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { draftSearch } from '../../search/default-draft-search';
import { draftsRepository } from '../../storage/default-database';
import type { Draft } from '../../storage/draft';
import { DraftConflictError } from '../../storage/draft-errors';
import { normalizeStorageError } from '../../storage/storage-error';
import { useDraftEditing } from '../../storage/use-draft-editing';
import { InsertButton } from '../InsertButton';
import { useRequestPolish } from '../polish/polish-request';
import { ConflictNotice } from './ConflictNotice';
import { DraftMetaFields } from './DraftMetaFields';
import { HistoryPanel, ProofreadPanel } from './editor-panels';
import { SaveStatus } from './SaveStatus';
import { TypesetActions } from './TypesetActions';
import { useBodyField } from './use-body-field';
import { WordCount } from './WordCount';

interface Props {
  draft: Draft;
  /** The draft was deleted for good while open: offer to save this text as a new draft. */
  missing?: boolean;
  onBack: () => void;
  onOpen: (id: string) => void;
  onRefill: (draft: Draft) => void;
  onTrashed: () => void;
}

/** One draft: title, body, 文种/状态/标签, autosave, versions, history, insertion into the page. */
export function DraftEditor({ draft, missing = false, onBack, onOpen, onRefill, onTrashed }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const editing = useDraftEditing(draft);
  const { values, edit } = editing;
  // The search index, if the list started building it, waits while a draft is open: its slices and the
  // garbage it makes would otherwise share the main thread with every keystroke (a profile of typing in a
  // 20,000-character draft just opened from a list of 10,000: the build's packing and major GCs of 60–130 ms).
  useEffect(() => draftSearch.hold(), []);
  const body = useBodyField({
    id: `${id}-body`,
    body: values.body,
    onTouch: editing.touch,
    onType: (text) => editing.queue({ body: text }),
    onShow: (text) => editing.show({ body: text }),
  });
  editing.handOver.current = body.read;
  const { kind, status, tags, pinned } = values;
  const meta = useMemo(() => ({ kind, status, tags, pinned }), [kind, status, tags, pinned]);
  const [showHistory, setShowHistory] = useState(false);
  const [showProofread, setShowProofread] = useState(false);
  const [notice, setNotice] = useState('');
  const requestPolish = useRequestPolish();

  // A version, fix or restore refused by storage: said, never thrown away (a draft deleted for good
  // meanwhile is shown by ConflictNotice instead).
  const [failure, setFailure] = useState('');
  const said = async <T,>(write: () => Promise<T>): Promise<T | null> => {
    setFailure('');
    try {
      return await write();
    } catch (error) {
      setFailure(
        error instanceof DraftConflictError
          ? t('versionChanged')
          : normalizeStorageError(error) === 'quota'
            ? t('versionNotSavedQuota')
            : t('versionNotSaved', error instanceof Error ? error.message : String(error)),
      );
      return null;
    }
  };
  const saveVersion = async () => {
    if (await said(() => editing.saveRevision('save'))) setNotice(t('versionSaved'));
  };
  const onKeyDown = (event: React.KeyboardEvent) => {
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') {
      event.preventDefault();
      void saveVersion();
    }
  };

  return (
    <section className="editor" aria-label={values.title || t('untitled')} onKeyDown={onKeyDown}>
      <button type="button" className="link" onClick={onBack}>
        ‹ {t('back')}
      </button>
      {draft.deletedAt !== undefined && !missing && (
        <div role="status" className="conflict">
          <p>{t('trashedNotice')}</p>
          <button type="button" onClick={() => void draftsRepository.restoreFromTrash(draft.id)}>
            {t('restore')}
          </button>
        </div>
      )}
      {(missing || editing.saveState.state === 'conflict') && (
        <ConflictNotice
          reason={
            missing || (editing.saveState.state === 'conflict' && editing.saveState.reason === 'missing')
              ? 'missing'
              : 'changed'
          }
          onKeepBoth={async () => onOpen((await editing.keepBoth()).id)}
        />
      )}
      <label htmlFor={`${id}-title`}>{t('draftTitle')}</label>
      <input id={`${id}-title`} value={values.title} onChange={(event) => edit({ title: event.target.value })} />
      <label htmlFor={`${id}-body`}>{t('draftBody')}</label>
      {body.element}
      <p className="meta">
        <WordCount count={body.count} />
        <SaveStatus saveState={editing.saveState} />
      </p>
      <DraftMetaFields values={meta} onChange={edit} />
      <div className="actions">
        <InsertButton text={values.body} />
        <button type="button" onClick={saveVersion} aria-keyshortcuts="Control+S">
          {t('saveVersion')}
        </button>
        {draft.templateId && (
          <button
            type="button"
            onClick={async () => {
              // Saved first, so the refill compares against the text on screen.
              if (await editing.flush()) onRefill(draft);
            }}
          >
            {t('refillFromTemplate')}
          </button>
        )}
        <button type="button" aria-expanded={showProofread} onClick={() => setShowProofread(!showProofread)}>
          {t('proofread')}
        </button>
        <button
          type="button"
          title={t('sendToPolishHint')}
          onClick={async () => {
            // The selection (if any) is polished alone; the text is saved first so 润色 reads what is shown.
            const field = body.field.current;
            const start = field?.selectionStart ?? 0;
            const end = field?.selectionEnd ?? 0;
            if (!(await editing.flush())) return;
            const range = end > start ? { start, end } : undefined;
            requestPolish({ draftId: draft.id, text: range ? values.body.slice(start, end) : values.body, range });
          }}
        >
          {t('sendToPolish')}
        </button>
        <button type="button" aria-expanded={showHistory} onClick={() => setShowHistory(!showHistory)}>
          {t('history')}
        </button>
        <button
          type="button"
          className="danger-link"
          onClick={async () => {
            if (!(await editing.flush())) return;
            await draftsRepository.remove(draft.id);
            onTrashed();
          }}
        >
          {t('moveToTrash')}
        </button>
      </div>
      <p role="status" className="note">
        {notice}
      </p>
      {failure && (
        <p role="alert" className="error">
          {failure}
        </p>
      )}
      <TypesetActions draft={draft} values={values} flush={editing.flush} />
      {showProofread && (
        <ProofreadPanel
          text={values.body}
          title={values.title}
          onApply={async (body) => Boolean(await said(() => editing.saveRevision('proofread', { body })))}
          onClose={() => setShowProofread(false)}
        />
      )}
      {showHistory && (
        <HistoryPanel
          draftId={draft.id}
          currentBody={values.body}
          onRestore={(revisionId) => said(() => editing.restoreRevision(revisionId))}
          onClose={() => setShowHistory(false)}
        />
      )}
    </section>
  );
}
