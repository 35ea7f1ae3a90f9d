import { useId } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import type { TemplateEntry } from './template-entry';

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
  const option = ({ def, usable }: TemplateEntry) => (
    <option key={def.id} value={def.id}>
      {usable ? def.name : t('templateNeedsFix', def.name)}
    </option>
  );
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
