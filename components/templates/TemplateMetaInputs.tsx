import { useId } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import type { UserTemplateInput } from '../../storage/user-templates-repository';
import { KindSelect } from '../KindSelect';

type Meta = Pick<UserTemplateInput, 'name' | 'kind' | 'description'>;

interface Props {
  value: Meta;
  onChange: (patch: Partial<Meta>) => void;
}

/** 模板名称, 文种 and 模板说明: what the chooser shows and how drafts made from it are grouped. */
export function TemplateMetaInputs({ value, onChange }: Props) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <>
      <div className="field">
        <label htmlFor={`${id}-name`}>{t('templateName')}</label>
        <input id={`${id}-name`} value={value.name} onChange={(e) => onChange({ name: e.target.value })} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-kind`}>{t('templateKind')}</label>
        <KindSelect id={`${id}-kind`} value={value.kind} onChange={(kind) => onChange({ kind })} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-description`}>{t('templateDescription')}</label>
        <textarea
          id={`${id}-description`}
          rows={2}
          value={value.description}
          onChange={(e) => onChange({ description: e.target.value })}
        />
      </div>
    </>
  );
}
