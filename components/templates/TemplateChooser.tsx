import { useId } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import type { TemplateEntry } from './template-entry';
import { useTemplateLocalizer } from './use-template-localizer';

interface Props {
  builtin: TemplateEntry[];
  user: TemplateEntry[];
  value: string;
  onChange: (id: string) => void;
}

/** 选择模板: built-ins and the user's own, in two groups; a broken user template says so in its name. */
export function TemplateChooser({ builtin, user, value, onChange }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const localize = useTemplateLocalizer();
  const option = ({ def, user, usable }: TemplateEntry) => {
    const name = localize(def, !user).name;
    return (
      <option key={def.id} value={def.id}>
        {usable ? name : t('templateNeedsFix', name)}
      </option>
    );
  };
  return (
    <div className="field">
      <label htmlFor={id}>{t('templateChoice')}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        <optgroup label={t('builtinTemplates')}>{builtin.map(option)}</optgroup>
        {user.length > 0 && <optgroup label={t('myTemplates')}>{user.map(option)}</optgroup>}
      </select>
    </div>
  );
}
