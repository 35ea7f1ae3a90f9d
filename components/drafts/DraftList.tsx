import { measureElement, useVirtualizer, type Virtualizer } from '@tanstack/react-virtual';
import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { afterNextPaint } from '../../search/after-next-paint';
import type { SearchFilters } from '../../search/search-types';
import { useDraftSearch } from '../../search/use-draft-search';
import { DraftEditor } from '../lazy-views';
import { BatchExport } from './BatchExport';
import { DraftFilters } from './DraftFilters';
import { DraftListItem } from './DraftListItem';
import { observeScrollerSize } from './observe-scroller-size';
import { scrollListTo } from './scroll-list-to';
import { updatedFromFor, type TimeRange } from './time-range';

/** The scroll positions of the panel and of the list, kept by the parent while a draft is open. */
export interface ListScroll {
  window: number;
  list: number;
}

interface Props {
  onOpen: (id: string) => void;
  onNew: () => void;
  onStartFromTemplate: () => void;
  onOpenTrash: () => void;
  /** Focus the search box when this changes (Ctrl/Cmd+F); 0 means never asked. */
  searchRequest: number;
  /** Restored once the list has its rows, and updated as the user scrolls or opens a draft. */
  scroll: ListScroll;
}

/**
 * A row's height as its ResizeObserver reports it, after the frame's layout (the virtualizer's own reading
 * of the entry); until then the size already known. The virtualizer's default reads `offsetHeight` when a
 * row mounts: a layout forced inside React's commit, then a re-render in the same commit that ran every
 * effect of the panel's first render before its first paint.
 */
function measuredSize(
  row: Element,
  entry: ResizeObserverEntry | undefined,
  list: Virtualizer<HTMLDivElement, Element>,
) {
  if (entry) return measureElement(row, entry, list);
  const index = list.indexFromElement(row);
  return list.itemSizeCache.get(list.options.getItemKey(index)) ?? list.options.estimateSize(index);
}

/** Enough for a whole office's archive in one scroll; the list renders only what is visible. */
const listLimit = 5000;

export function DraftList({ onOpen, onNew, onStartFromTemplate, onOpenTrash, searchRequest, scroll }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState<SearchFilters>({});
  const [range, setRange] = useState<TimeRange | undefined>();
  // Fixed when the range is chosen: a moving bound would re-run the live query on every render.
  const updatedFrom = useMemo(() => (range ? updatedFromFor(range, Date.now()) : undefined), [range]);
  const result = useDraftSearch(query, { ...filters, updatedFrom }, { limit: listLimit });
  const ids = result?.ids ?? [];
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const toggle = (draftId: string) =>
    setSelected((current) => {
      const next = new Set(current);
      if (!next.delete(draftId)) next.add(draftId);
      return next;
    });
  const scroller = useRef<HTMLDivElement>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  // The editor's chunk, fetched once the list is painted (not before): opening a draft then shows it at once.
  useEffect(() => void afterNextPaint().then(DraftEditor.preload), []);
  useEffect(() => {
    if (searchRequest > 0) searchRef.current?.focus();
  }, [searchRequest]);
  const filtered = Boolean(query || range || Object.values(filters).some(Boolean));
  const empty = result !== undefined && ids.length === 0 && !filtered;
  const restored = useRef(false);
  useLayoutEffect(() => {
    if (restored.current || result === undefined) return;
    restored.current = true;
    // The list is new, at 0: written only when there is a position to restore, since writing an element's
    // scrollTop forces a layout inside the commit (window.scrollTo(0, 0) does not: nothing to clamp).
    if (scroller.current && scroll.list) scroller.current.scrollTop = scroll.list;
    window.scrollTo(0, scroll.window);
  }, [result, scroll]);
  const openDraft = (draftId: string) => {
    scroll.window = window.scrollY;
    onOpen(draftId);
  };
  const virtualizer = useVirtualizer({
    count: ids.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => 68,
    overscan: 8,
    // The list's height as app.css sets it (.draft-scroller), known before the first render: the first
    // commit then already holds the visible rows, instead of a commit with none.
    initialRect: { width: 0, height: Math.max(240, window.innerHeight - 290) },
    measureElement: measuredSize,
    observeElementRect: observeScrollerSize,
    scrollToFn: scrollListTo,
  });
  const items = virtualizer.getVirtualItems();
  return (
    <section className="drafts" aria-label={t('draftList')}>
      <div className="actions">
        {!empty && (
          <button type="button" onClick={onNew}>
            {t('newDraft')}
          </button>
        )}
        <button type="button" className="link" onClick={onOpenTrash}>
          {t('trash')}
        </button>
        <BatchExport ids={[...selected]} />
      </div>
      {empty ? (
        <div className="empty-state">
          <p>{t('noDrafts')}</p>
          <div className="actions">
            <button type="button" className="primary" onClick={onStartFromTemplate}>
              {t('startFromTemplate')}
            </button>
            <button type="button" onClick={onNew}>
              {t('newBlankDraft')}
            </button>
          </div>
          <p className="note">{t('insertionHint')}</p>
        </div>
      ) : (
        <>
          <label htmlFor={`${id}-search`}>{t('searchDrafts')}</label>
          <input
            id={`${id}-search`}
            ref={searchRef}
            type="search"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
          />
          <DraftFilters filters={filters} onChange={setFilters} range={range} onRange={setRange} />
        </>
      )}
      {result && ids.length === 0 && filtered && <p className="note">{t('noResults')}</p>}
      <div
        ref={scroller}
        className="draft-scroller"
        hidden={empty}
        onScroll={(event) => {
          scroll.list = event.currentTarget.scrollTop;
        }}
      >
        {/* Rows in normal flow below the space of the rows above them: they stand right before any is measured. */}
        <ul
          aria-label={t('draftList')}
          style={{ height: virtualizer.getTotalSize(), paddingTop: items[0]?.start ?? 0, boxSizing: 'border-box' }}
        >
          {result &&
            items.map((item) => {
              const hit = result.hit(item.index); // highlights and snippet are made for visible rows only
              return (
                <li key={hit.id} data-index={item.index} ref={virtualizer.measureElement}>
                  <div className="draft-row">
                    <input
                      type="checkbox"
                      aria-label={t('selectDraft', hit.title || t('untitled'))}
                      checked={selected.has(hit.id)}
                      onChange={() => toggle(hit.id)}
                    />
                    <DraftListItem hit={hit} onOpen={openDraft} />
                  </div>
                </li>
              );
            })}
        </ul>
      </div>
      {result?.hasMore && <p className="note">{t('moreResults', listLimit)}</p>}
    </section>
  );
}
