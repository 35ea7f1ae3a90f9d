import { useId } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import type { ScalarField } from '../../templates/template-definition';

interface Props {
  field: ScalarField;
  value: string;
  onChange: (value: string) => void;
}

/** One form control per field type, labelled with the field's Chinese name and its help text. */
export function FieldInput({ field, value, onChange }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const helpId = `${id}-help`;
  const common = {
    id,
    value,
    'aria-describedby': helpId,
    'aria-required': field.required || undefined,
  };
  let control;
  if (field.type === 'multiline') {
    control = <textarea {...common} rows={3} onChange={(event) => onChange(event.target.value)} />;
  } else if (field.type === 'choice') {
    control = (
      <select {...common} onChange={(event) => onChange(event.target.value)}>
        <option value="" />
        {field.options?.map((option) => (
          <option key={option} value={option}>
            {option}
          </option>
        ))}
      </select>
    );
  } else {
    const type = field.type === 'date' ? 'date' : 'text';
    const inputMode = field.type === 'number' || field.type === 'percent' ? 'decimal' : undefined;
    control = (
      <input {...common} type={type} inputMode={inputMode} onChange={(event) => onChange(event.target.value)} />
    );
  }
  return (
    <div className="field">
      <label htmlFor={id}>
        {field.label}
        {field.required && <span className="required"> {t('requiredMark')}</span>}
      </label>
      {control}
      <small id={helpId}>
        {field.help}
        {field.example && ` ${t('example')}${field.example}`}
      </small>
    </div>
  );
}
