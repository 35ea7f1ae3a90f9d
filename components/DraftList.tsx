import { useTranslation } from '../i18n/use-translation';
import { useRecentDrafts } from '../storage/use-drafts';

interface Props {
  onOpen: (id: string) => void;
  onNew: () => void;
}

export function DraftList({ onOpen, onNew }: Props) {
  const { t, locale } = useTranslation();
  const drafts = useRecentDrafts();
  const time = new Intl.DateTimeFormat(locale.replace('_', '-'), { dateStyle: 'short', timeStyle: 'short' });

  return (
    <section className="drafts" aria-label={t('draftList')}>
      <button type="button" onClick={onNew}>
        {t('newDraft')}
      </button>
      {drafts?.length === 0 && <p className="note">{t('noDrafts')}</p>}
      <ul aria-label={t('draftList')}>
        {drafts?.map((draft) => (
          <li key={draft.id}>
            <button type="button" className="draft-item" onClick={() => onOpen(draft.id)}>
              <span className="draft-title">{draft.title || t('untitled')}</span>
              <span className="draft-meta">
                {draft.kind} · {time.format(draft.updatedAt)}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
