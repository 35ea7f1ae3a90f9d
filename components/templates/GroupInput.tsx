import { useEffect, useRef } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import type { GroupField } from '../../templates/template-definition';
import { FieldInput } from './FieldInput';

interface Props {
  field: GroupField;
  rows: Record<string, string>[];
  onChange: (rows: Record<string, string>[]) => void;
}

/** A repeatable group (e.g. 主要做法): one fieldset per row, rows added and removed by the user. */
export function GroupInput({ field, rows, onChange }: Props) {
  const { t } = useTranslation();
  const shown = rows.length > 0 ? rows : [{}];
  const setRow = (index: number, name: string, value: string) =>
    onChange(shown.map((row, i) => (i === index ? { ...row, [name]: value } : row)));
  // After 删除第 N 项 its button is gone: focus goes to the row that took its place (or the one before).
  const ref = useRef<HTMLFieldSetElement>(null);
  const focusRow = useRef<number | null>(null);
  useEffect(() => {
    if (focusRow.current === null) return;
    const rows = ref.current?.querySelectorAll('fieldset.group-row');
    rows?.[focusRow.current]?.querySelector<HTMLElement>('input, textarea, select')?.focus();
    focusRow.current = null;
  });
  const removeRow = (index: number) => {
    focusRow.current = Math.min(index, shown.length - 2);
    onChange(shown.filter((_, i) => i !== index));
  };

  return (
    <fieldset className="group" ref={ref}>
      <legend>
        {field.label}
        {field.required && <span className="required"> {t('requiredMark')}</span>}
      </legend>
      {field.help && <small>{field.help}</small>}
      {shown.map((row, index) => (
        <fieldset key={index} className="group-row">
          <legend>{t('rowHeading', index + 1)}</legend>
          {field.fields.map((sub) => (
            <FieldInput
              key={sub.name}
              field={sub}
              value={row[sub.name] ?? ''}
              onChange={(v) => setRow(index, sub.name, v)}
            />
          ))}
          {shown.length > 1 && (
            <button type="button" className="link" onClick={() => removeRow(index)}>
              {t('removeRow', index + 1)}
            </button>
          )}
        </fieldset>
      ))}
      <button type="button" onClick={() => onChange([...shown, {}])}>
        {t('addRow', field.label)}
      </button>
    </fieldset>
  );
}
