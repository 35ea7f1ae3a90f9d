import { useTranslation } from '../../i18n/use-translation';
import type { Field } from '../../templates/template-definition';
import { FieldEditor } from './FieldEditor';
import { newField } from './field-editing';

interface Props {
  fields: Field[];
  onChange: (fields: Field[]) => void;
}

/** The form a template asks for, edited as a list of labelled fields (no JSON to type). */
export function FieldSchemaEditor({ fields, onChange }: Props) {
  const { t } = useTranslation();
  return (
    <section className="schema-editor" aria-labelledby="schema-heading">
      <h2 id="schema-heading">{t('fieldsHeading')}</h2>
      {fields.map((field, i) => (
        <FieldEditor
          key={i}
          field={field}
          position={i + 1}
          nested={false}
          onChange={(next) => onChange(fields.map((f, j) => (j === i ? next : f)))}
          onRemove={() => onChange(fields.filter((_, j) => j !== i))}
        />
      ))}
      <div className="actions">
        <button type="button" onClick={() => onChange([...fields, newField(fields, 'text')])}>
          {t('addField')}
        </button>
        <button type="button" onClick={() => onChange([...fields, newField(fields, 'group')])}>
          {t('addGroup')}
        </button>
      </div>
    </section>
  );
}
