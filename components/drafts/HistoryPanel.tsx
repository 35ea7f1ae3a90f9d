import { useMemo, useState } from 'react';
import type { MessageKey } from '../../i18n/messages';
import { formatDateTime } from '../../i18n/format-date-time';
import { useTranslation } from '../../i18n/use-translation';
import { wordDiff } from '../../review/word-diff';
import type { RevisionSource } from '../../storage/revision';
import { useRevision, useRevisions } from '../../storage/use-revisions';
import { DiffView } from '../DiffView';

const sourceKeys: Record<RevisionSource, MessageKey> = {
  save: 'sourceSave',
  template: 'sourceTemplate',
  polish: 'sourcePolish',
  proofread: 'sourceProofread',
  restore: 'sourceRestore',
  import: 'sourceImport',
  autosave: 'sourceAutosave',
};

interface Props {
  draftId: string;
  currentBody: string;
  onRestore: (revisionId: number) => Promise<unknown>;
  onClose: () => void;
}

/** Every kept version with its time and source; one can be compared word by word and restored. */
export function HistoryPanel({ draftId, currentBody, onRestore, onClose }: Props) {
  const { t, locale } = useTranslation();
  const revisions = useRevisions(draftId);
  const [selected, setSelected] = useState<number | null>(null);
  const revision = useRevision(selected);
  const parts = useMemo(() => (revision ? wordDiff(currentBody, revision.body) : []), [revision, currentBody]);

  return (
    <section className="history" aria-label={t('history')}>
      <h2>{t('history')}</h2>
      <button type="button" className="link" onClick={onClose}>
        {t('closeHistory')}
      </button>
      {revisions?.length === 0 && <p className="note">{t('noRevisions')}</p>}
      <ul aria-label={t('revisionList')}>
        {revisions?.map((item) => (
          <li key={item.id}>
            <button type="button" aria-pressed={selected === item.id} onClick={() => setSelected(item.id)}>
              {formatDateTime(locale, item.createdAt, true)} · {t(sourceKeys[item.source])} ·{' '}
              {t('wordCount', item.bodyLength)}
            </button>
          </li>
        ))}
      </ul>
      {revision && (
        <>
          {parts.every((part) => part.kind === 'same') ? (
            <p className="note">{t('noDifference')}</p>
          ) : (
            <DiffView parts={parts} label={t('diffAgainstCurrent')} />
          )}
          <button type="button" className="primary" onClick={() => void onRestore(revision.id)}>
            {t('restoreVersion')}
          </button>
        </>
      )}
    </section>
  );
}
