import { memo, useId, useState } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { draftStatuses, type Draft, type DraftPatch, type DraftStatus } from '../../storage/draft';
import { KindSelect } from '../KindSelect';
import { statusLabel } from '../value-labels';

type Meta = Pick<Draft, 'kind' | 'status' | 'tags' | 'pinned'>;

/** Tags are typed as one line; both Chinese and Latin commas separate them. */
export function parseTags(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[,，、;；]/)
        .map((tag) => tag.trim())
        .filter(Boolean),
    ),
  ];
}

/** Memoized: a keystroke in the body changes neither `values` (picked by the editor) nor `onChange`. */
export const DraftMetaFields = memo(function DraftMetaFields({
  values,
  onChange,
}: {
  values: Meta;
  onChange: (patch: DraftPatch) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [tagText, setTagText] = useState(values.tags.join('，'));
  return (
    <div className="meta-fields">
      <span className="filter">
        <label htmlFor={`${id}-kind`}>{t('kind')}</label>
        <KindSelect id={`${id}-kind`} value={values.kind} onChange={(kind) => onChange({ kind })} />
      </span>
      <span className="filter">
        <label htmlFor={`${id}-status`}>{t('status')}</label>
        <select
          id={`${id}-status`}
          value={values.status}
          onChange={(e) => onChange({ status: e.target.value as DraftStatus })}
        >
          {draftStatuses.map((status) => (
            <option key={status} value={status}>
              {statusLabel(t, status)}
            </option>
          ))}
        </select>
      </span>
      <label htmlFor={`${id}-tags`}>{t('tagsField')}</label>
      <input
        id={`${id}-tags`}
        value={tagText}
        onChange={(e) => {
          setTagText(e.target.value);
          onChange({ tags: parseTags(e.target.value) });
        }}
      />
      <label className="checkbox">
        <input type="checkbox" checked={values.pinned} onChange={(e) => onChange({ pinned: e.target.checked })} />
        {t('pinDraft')}
      </label>
    </div>
  );
});
