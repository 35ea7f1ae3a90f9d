import { useId } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import type { SearchFilters } from '../../search/search-types';
import { draftStatuses } from '../../storage/draft';
import { useTags } from '../../storage/use-trash';
import { documentKinds } from '../../templates/template-definition';
import { timeRangeLabels, timeRanges, type TimeRange } from './time-range';

interface Props {
  filters: SearchFilters;
  onChange: (filters: SearchFilters) => void;
  range: TimeRange | undefined;
  onRange: (range: TimeRange | undefined) => void;
}

/** Narrowing by 文种, 状态, 标签 and time of the last change; an empty choice means "all". */
export function DraftFilters({ filters, onChange, range, onRange }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const tags = useTags() ?? [];
  const select = (name: 'kind' | 'status' | 'tag', label: string, options: readonly string[]) => (
    <span className="filter">
      <label htmlFor={`${id}-${name}`}>{label}</label>
      <select
        id={`${id}-${name}`}
        value={filters[name] ?? ''}
        onChange={(event) => onChange({ ...filters, [name]: event.target.value || undefined })}
      >
        <option value="">{t('filterAll')}</option>
        {options.map((option) => (
          <option key={option} value={option}>
            {option}
          </option>
        ))}
      </select>
    </span>
  );
  return (
    <div className="filters">
      {select('kind', t('filterKind'), documentKinds)}
      {select('status', t('filterStatus'), draftStatuses)}
      {select('tag', t('filterTag'), tags)}
      <span className="filter">
        <label htmlFor={`${id}-time`}>{t('filterTime')}</label>
        <select
          id={`${id}-time`}
          value={range ?? ''}
          onChange={(event) => onRange((event.target.value || undefined) as TimeRange | undefined)}
        >
          <option value="">{t('filterAll')}</option>
          {timeRanges.map((option) => (
            <option key={option} value={option}>
              {t(timeRangeLabels[option])}
            </option>
          ))}
        </select>
      </span>
    </div>
  );
}
