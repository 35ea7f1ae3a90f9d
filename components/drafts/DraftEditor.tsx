import { useId, useMemo, useState } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { draftsRepository } from '../../storage/default-database';
import type { Draft } from '../../storage/draft';
import { useDraftEditing } from '../../storage/use-draft-editing';
import { InsertButton } from '../InsertButton';
import { useRequestPolish } from '../polish/polish-request';
import { ProofreadPanel } from '../proofread/ProofreadPanel';
import { ConflictNotice } from './ConflictNotice';
import { countCharacters } from './count-characters';
import { DraftMetaFields } from './DraftMetaFields';
import { HistoryPanel } from './HistoryPanel';
import { SaveStatus } from './SaveStatus';
import { TypesetActions } from './TypesetActions';

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
  const characterCount = useMemo(() => countCharacters(values.body), [values.body]);
  const [showHistory, setShowHistory] = useState(false);
  const [showProofread, setShowProofread] = useState(false);
  const [notice, setNotice] = useState('');
  const requestPolish = useRequestPolish();

  const saveVersion = async () => {
    if (await editing.saveRevision('save')) setNotice(t('versionSaved'));
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
      <textarea
        id={`${id}-body`}
        className="body"
        rows={18}
        value={values.body}
        onChange={(event) => edit({ body: event.target.value })}
      />
      <p className="meta">
        <span>{t('wordCount', characterCount)}</span>
        <SaveStatus saveState={editing.saveState} />
      </p>
      <DraftMetaFields values={values} onChange={edit} />
      <div className="actions">
        <InsertButton text={values.body} />
        <button type="button" onClick={saveVersion} aria-keyshortcuts="Control+S">
          {t('saveVersion')}
        </button>
        {draft.templateId && (
          <button type="button" onClick={() => onRefill(draft)}>
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
            const field = document.getElementById(`${id}-body`) as HTMLTextAreaElement | null;
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
      <TypesetActions draft={draft} values={values} flush={editing.flush} />
      {showProofread && (
        <ProofreadPanel
          text={values.body}
          title={values.title}
          onApply={async (body) => Boolean(await editing.saveRevision('proofread', { body }))}
          onClose={() => setShowProofread(false)}
        />
      )}
      {showHistory && (
        <HistoryPanel
          draftId={draft.id}
          currentBody={values.body}
          onRestore={(revisionId) => editing.restoreRevision(revisionId)}
          onClose={() => setShowHistory(false)}
        />
      )}
    </section>
  );
}
