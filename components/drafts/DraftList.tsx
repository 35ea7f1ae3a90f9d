import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import type { SearchFilters } from '../../search/search-types';
import { useDraftSearch } from '../../storage/use-draft-search';
import { BatchExport } from './BatchExport';
import { DraftFilters } from './DraftFilters';
import { DraftListItem } from './DraftListItem';
import { updatedFromFor, type TimeRange } from './time-range';
import { useDebounced } from './use-debounced';

interface Props {
  onOpen: (id: string) => void;
  onNew: () => void;
  onOpenTrash: () => void;
  /** Focus the search box when this changes (Ctrl/Cmd+F); 0 means never asked. */
  searchRequest: number;
}

/** Enough for a whole office's archive in one scroll; the list renders only what is visible. */
const listLimit = 5000;

export function DraftList({ onOpen, onNew, onOpenTrash, searchRequest }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState<SearchFilters>({});
  const [range, setRange] = useState<TimeRange | undefined>();
  // Fixed when the range is chosen: a moving bound would re-run the live query on every render.
  const updatedFrom = useMemo(() => (range ? updatedFromFor(range, Date.now()) : undefined), [range]);
  const result = useDraftSearch(useDebounced(query, 150), { ...filters, updatedFrom }, { limit: listLimit });
  const hits = result?.hits ?? [];
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const toggle = (draftId: string) =>
    setSelected((current) => {
      const next = new Set(current);
      if (!next.delete(draftId)) next.add(draftId);
      return next;
    });
  const scroller = useRef<HTMLDivElement>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (searchRequest > 0) searchRef.current?.focus();
  }, [searchRequest]);
  const virtualizer = useVirtualizer({
    count: hits.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => 68,
    overscan: 8,
  });

  return (
    <section className="drafts" aria-label={t('draftList')}>
      <div className="actions">
        <button type="button" onClick={onNew}>
          {t('newDraft')}
        </button>
        <button type="button" className="link" onClick={onOpenTrash}>
          {t('trash')}
        </button>
        <BatchExport ids={[...selected]} />
      </div>
      <label htmlFor={`${id}-search`}>{t('searchDrafts')}</label>
      <input
        id={`${id}-search`}
        ref={searchRef}
        type="search"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
      />
      <DraftFilters filters={filters} onChange={setFilters} range={range} onRange={setRange} />
      {result && hits.length === 0 && (
        <p className="note">
          {query || range || Object.values(filters).some(Boolean) ? t('noResults') : t('noDrafts')}
        </p>
      )}
      <div ref={scroller} className="draft-scroller">
        <ul aria-label={t('draftList')} style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((item) => (
            <li
              key={hits[item.index].id}
              data-index={item.index}
              ref={virtualizer.measureElement}
              style={{ position: 'absolute', top: 0, left: 0, right: 0, transform: `translateY(${item.start}px)` }}
            >
              <div className="draft-row">
                <input
                  type="checkbox"
                  aria-label={t('selectDraft', hits[item.index].title || t('untitled'))}
                  checked={selected.has(hits[item.index].id)}
                  onChange={() => toggle(hits[item.index].id)}
                />
                <DraftListItem hit={hits[item.index]} onOpen={onOpen} />
              </div>
            </li>
          ))}
        </ul>
      </div>
      {result?.hasMore && <p className="note">{t('moreResults', listLimit)}</p>}
    </section>
  );
}
