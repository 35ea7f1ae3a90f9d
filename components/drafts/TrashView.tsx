import { useEffect, useRef, useState } from 'react';
import { formatDateTime } from '../../i18n/format-date-time';
import { useTranslation } from '../../i18n/use-translation';
import { draftsRepository } from '../../storage/default-database';
import { useTrash } from '../../storage/use-trash';
import { ConfirmDialog } from '../ConfirmDialog';

/** Deleted drafts wait here; only 清空回收站, after a confirmation, removes them for good. */
export function TrashView({ onBack }: { onBack: () => void }) {
  const { t, locale } = useTranslation();
  const drafts = useTrash();
  const [confirming, setConfirming] = useState(false);
  const backRef = useRef<HTMLButtonElement>(null);
  const empty = drafts?.length === 0;
  useEffect(() => {
    // 清空回收站 disappears with the last draft; keep focus in the view rather than on <body>.
    if (empty && document.activeElement === document.body) backRef.current?.focus();
  }, [empty]);

  return (
    <section className="trash" aria-label={t('trash')}>
      <button type="button" className="link" ref={backRef} onClick={onBack}>
        ‹ {t('back')}
      </button>
      <h2>{t('trash')}</h2>
      {drafts?.length === 0 && <p className="note">{t('trashEmpty')}</p>}
      <ul aria-label={t('trash')}>
        {drafts?.map((draft) => (
          <li key={draft.id} className="trash-item">
            <span>
              <span className="draft-title">{draft.title || t('untitled')}</span>
              <span className="draft-meta">
                {t('deletedAt', formatDateTime(locale, draft.deletedAt ?? draft.updatedAt))}
              </span>
            </span>
            <button
              type="button"
              aria-label={t('restoreDraft', draft.title || t('untitled'))}
              onClick={() => void draftsRepository.restoreFromTrash(draft.id)}
            >
              {t('restore')}
            </button>
          </li>
        ))}
      </ul>
      {drafts && drafts.length > 0 && (
        <button type="button" className="danger" onClick={() => setConfirming(true)}>
          {t('emptyTrash')}
        </button>
      )}
      {confirming && drafts && (
        <ConfirmDialog
          message={t('emptyTrashConfirm', drafts.length)}
          confirmLabel={t('emptyTrash')}
          onConfirm={async () => {
            await draftsRepository.emptyTrash();
            setConfirming(false);
          }}
          onCancel={() => setConfirming(false)}
        />
      )}
    </section>
  );
}
