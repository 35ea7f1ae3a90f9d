import { fieldValue, withFieldValue } from '../../domain/field-values';
import type { Field, FieldValues } from '../../templates/template-definition';
import { FieldInput } from './FieldInput';
import { GroupInput } from './GroupInput';

interface Props {
  fields: readonly Field[];
  values: FieldValues;
  onChange: (values: FieldValues) => void;
}

/** One labelled control per field; groups get repeatable rows. */
export function TemplateForm({ fields, values, onChange }: Props) {
  return (
    <form className="template-form" onSubmit={(event) => event.preventDefault()}>
      {fields.map((field) => {
        const value = fieldValue(values, field.name);
        return field.type === 'group' ? (
          <GroupInput
            key={field.name}
            field={field}
            rows={Array.isArray(value) ? (value as Record<string, string>[]) : []}
            onChange={(rows) => onChange(withFieldValue(values, field.name, rows))}
          />
        ) : (
          <FieldInput
            key={field.name}
            field={field}
            value={typeof value === 'string' ? value : ''}
            onChange={(text) => onChange(withFieldValue(values, field.name, text))}
          />
        );
      })}
    </form>
  );
}
