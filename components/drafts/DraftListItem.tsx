import { formatDateTime } from '../../i18n/format-date-time';
import { useTranslation } from '../../i18n/use-translation';
import type { SearchHit } from '../../search/search-types';
import { kindLabel, statusLabel } from '../value-labels';
import { Highlighted } from './Highlighted';

/** One result: title and the matching passage highlighted, then 文种 · 状态 · time. */
export function DraftListItem({ hit, onOpen }: { hit: SearchHit; onOpen: (id: string) => void }) {
  const { t, locale } = useTranslation();
  return (
    <button type="button" className="draft-item" onClick={() => onOpen(hit.id)}>
      <span className="draft-title">
        {hit.pinned && <span className="pin">{t('pinned')} </span>}
        {hit.title ? <Highlighted text={hit.title} ranges={hit.titleRanges} /> : t('untitled')}
      </span>
      {hit.snippet.text && (
        <span className="draft-snippet">
          <Highlighted text={hit.snippet.text} ranges={hit.snippet.ranges} />
        </span>
      )}
      <span className="draft-meta">
        {kindLabel(t, hit.kind)} · {statusLabel(t, hit.status)} · {formatDateTime(locale, hit.updatedAt)}
        {hit.tags.length > 0 && ` · ${hit.tags.join('、')}`}
      </span>
    </button>
  );
}
