import { useId } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import type { MessageKey } from '../../i18n/messages';
import type { Field, ScalarField } from '../../templates/template-definition';
import { fieldTypeChoices, newField, withType, type FieldTypeChoice } from './field-editing';

interface Props {
  field: Field;
  /** 1-based, for the legend (字段 3 / 子字段 2). */
  position: number;
  nested: boolean;
  onChange: (field: Field) => void;
  onRemove: () => void;
}

const typeLabel: Record<FieldTypeChoice, MessageKey> = {
  text: 'typeText',
  multiline: 'typeMultiline',
  date: 'typeDate',
  number: 'typeNumber',
  percent: 'typePercent',
  choice: 'typeChoice',
  group: 'typeGroup',
};

/** One field of the schema; a group holds its own list of sub-fields (which cannot be groups). */
export function FieldEditor({ field, position, nested, onChange, onRemove }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const legend = t(nested ? 'subFieldLegend' : 'fieldLegend', position);
  const set = (patch: Partial<ScalarField>) => onChange({ ...field, ...patch } as Field);
  const text = (key: 'name' | 'label' | 'help' | 'example', labelKey: MessageKey) => (
    <div className="field">
      <label htmlFor={`${id}-${key}`}>{t(labelKey)}</label>
      <input
        id={`${id}-${key}`}
        value={typeof (field as ScalarField)[key] === 'string' ? (field as ScalarField)[key] : ''}
        onChange={(event) => set({ [key]: event.target.value })}
        spellCheck={key !== 'name'}
      />
    </div>
  );
  return (
    <fieldset className={nested ? 'schema-field nested' : 'schema-field'}>
      <legend>{legend}</legend>
      {text('label', 'fieldLabel')}
      {text('name', 'fieldName')}
      <div className="field">
        <label htmlFor={`${id}-type`}>{t('fieldType')}</label>
        <select
          id={`${id}-type`}
          value={field.type}
          onChange={(e) => onChange(withType(field, e.target.value as FieldTypeChoice))}
        >
          {fieldTypeChoices
            .filter((type) => !nested || type !== 'group')
            .map((type) => (
              <option key={type} value={type}>
                {t(typeLabel[type])}
              </option>
            ))}
        </select>
      </div>
      <label className="check">
        <input
          type="checkbox"
          checked={!!field.required}
          onChange={(e) => set({ required: e.target.checked || undefined })}
        />
        {t('required')}
      </label>
      {text('help', 'fieldHelp')}
      {field.type !== 'group' && text('example', 'fieldExample')}
      {field.type === 'choice' && (
        <div className="field">
          <label htmlFor={`${id}-options`}>{t('fieldOptions')}</label>
          <textarea
            id={`${id}-options`}
            rows={3}
            value={(field.options ?? []).join('\n')}
            onChange={(e) => set({ options: e.target.value.split('\n') })}
          />
        </div>
      )}
      {field.type === 'group' &&
        field.fields.map((sub, i) => (
          <FieldEditor
            key={i}
            field={sub}
            position={i + 1}
            nested
            onChange={(next) =>
              onChange({ ...field, fields: field.fields.map((f, j) => (j === i ? (next as ScalarField) : f)) })
            }
            onRemove={() => onChange({ ...field, fields: field.fields.filter((_, j) => j !== i) })}
          />
        ))}
      {field.type === 'group' && (
        <button
          type="button"
          onClick={() =>
            onChange({ ...field, fields: [...field.fields, newField(field.fields, 'text') as ScalarField] })
          }
        >
          {t('addSubField')}
        </button>
      )}
      <button type="button" className="link" onClick={onRemove}>
        {t('removeField', legend)}
      </button>
    </fieldset>
  );
}
