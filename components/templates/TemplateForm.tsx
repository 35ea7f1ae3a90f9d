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
      {fields.map((field) =>
        field.type === 'group' ? (
          <GroupInput
            key={field.name}
            field={field}
            rows={Array.isArray(values[field.name]) ? (values[field.name] as Record<string, string>[]) : []}
            onChange={(rows) => onChange({ ...values, [field.name]: rows })}
          />
        ) : (
          <FieldInput
            key={field.name}
            field={field}
            value={typeof values[field.name] === 'string' ? (values[field.name] as string) : ''}
            onChange={(value) => onChange({ ...values, [field.name]: value })}
          />
        ),
      )}
    </form>
  );
}
