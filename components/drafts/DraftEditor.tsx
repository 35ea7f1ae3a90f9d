import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { draftSearch } from '../../search/default-draft-search';
import { draftsRepository } from '../../storage/default-database';
import type { Draft } from '../../storage/draft';
import { useDraftEditing } from '../../storage/use-draft-editing';
import { InsertButton } from '../InsertButton';
import { useRequestPolish } from '../polish/polish-request';
import { ConflictNotice } from './ConflictNotice';
import { countAfterEdit, countCharacters, type CountedText } from './count-characters';
import { DraftMetaFields } from './DraftMetaFields';
import { HistoryPanel, ProofreadPanel } from './editor-panels';
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
  // The search index, if the list started building it, waits while a draft is open: its slices and the
  // garbage it makes would otherwise share the main thread with every keystroke (a profile of typing in a
  // 20,000-character draft just opened from a list of 10,000: the build's packing and major GCs of 60–130 ms).
  useEffect(() => draftSearch.hold(), []);
  // The body textarea is uncontrolled: React never diffs or rewrites a 1 MB value on a keystroke. Text
  // set from elsewhere (another panel, a restored version, 校对) is written into it below.
  const bodyField = useRef<HTMLTextAreaElement>(null);
  const typed = useRef(values.body);
  const selection = useRef<[number, number]>([0, 0]);
  const counted = useRef<CountedText | null>(null);
  // Counted again in full only when the body did not come from typing (which counts only what changed).
  if (counted.current?.text !== values.body)
    counted.current = { text: values.body, count: countCharacters(values.body) };
  useLayoutEffect(() => {
    const field = bodyField.current;
    if (field && values.body !== typed.current && field.value !== values.body) field.value = values.body;
    typed.current = values.body;
  }, [values.body]);
  const onBodyChange = useRef((_field: HTMLTextAreaElement) => {});
  onBodyChange.current = (field) => {
    const next = field.value;
    counted.current = {
      text: next,
      count: countAfterEdit(counted.current!, next, selection.current, field.selectionEnd),
    };
    selection.current = [field.selectionStart, field.selectionEnd];
    typed.current = next;
    edit({ body: next });
  };
  // Rendered once per editor (same element, so React never updates it): re-rendered with the editor on
  // each keystroke, React writes `defaultValue` — the whole text, into the DOM — every time (10.7 of 50 s
  // of CPU in a 12-key profile of a 1 MB draft). Text from elsewhere is written by the effect above.
  const bodyTextarea = useMemo(
    () => (
      <textarea
        id={`${id}-body`}
        className="body"
        rows={18}
        ref={bodyField}
        defaultValue={typed.current}
        onSelect={(event) => {
          selection.current = [event.currentTarget.selectionStart, event.currentTarget.selectionEnd];
        }}
        onChange={(event) => onBodyChange.current(event.currentTarget)}
      />
    ),
    [id],
  );
  const { kind, status, tags, pinned } = values;
  const meta = useMemo(() => ({ kind, status, tags, pinned }), [kind, status, tags, pinned]);
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
      {bodyTextarea}
      <p className="meta">
        <span>{t('wordCount', counted.current.count)}</span>
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
