import { useId, useMemo, useState } from 'react';
import { useTranslation } from '../i18n/use-translation';
import { builtinTemplates } from '../templates/builtin';
import { renderDocument } from '../templates/render-document';
import type { FieldValues } from '../templates/template-definition';
import { FieldInput } from './FieldInput';
import { GroupInput } from './GroupInput';
import { InsertButton } from './InsertButton';

interface Props {
  onCreateDraft: (input: { templateId: string; values: FieldValues; title: string; text: string }) => void;
}

/** Choose a template, fill its form, watch the preview, then make a draft or insert directly. */
export function TemplateFiller({ onCreateDraft }: Props) {
  const { t } = useTranslation();
  const selectId = useId();
  const [templateId, setTemplateId] = useState(builtinTemplates[0].id);
  const [values, setValues] = useState<FieldValues>({});
  const template = builtinTemplates.find((candidate) => candidate.id === templateId) ?? builtinTemplates[0];
  const rendered = useMemo(() => renderDocument(template, values), [template, values]);

  return (
    <section className="filler" aria-label={t('navTemplates')}>
      <label htmlFor={selectId}>{t('templateChoice')}</label>
      <select
        id={selectId}
        value={template.id}
        onChange={(event) => {
          setTemplateId(event.target.value);
          setValues({});
        }}
      >
        {builtinTemplates.map((candidate) => (
          <option key={candidate.id} value={candidate.id}>
            {candidate.name}
          </option>
        ))}
      </select>
      <p className="note">{template.description}</p>
      <form className="template-form" onSubmit={(event) => event.preventDefault()}>
        {template.fields.map((field) =>
          field.type === 'group' ? (
            <GroupInput
              key={field.name}
              field={field}
              rows={Array.isArray(values[field.name]) ? (values[field.name] as Record<string, string>[]) : []}
              onChange={(rows) => setValues({ ...values, [field.name]: rows })}
            />
          ) : (
            <FieldInput
              key={field.name}
              field={field}
              value={typeof values[field.name] === 'string' ? (values[field.name] as string) : ''}
              onChange={(value) => setValues({ ...values, [field.name]: value })}
            />
          ),
        )}
      </form>
      <h2 id={`${selectId}-preview`}>{t('preview')}</h2>
      <pre className="preview" role="document" aria-labelledby={`${selectId}-preview`} tabIndex={0}>
        {rendered.text}
      </pre>
      <p role="status" className={rendered.placeholders > 0 ? 'warning' : 'note'}>
        {rendered.placeholders > 0 ? t('placeholdersLeft', rendered.placeholders) : t('noPlaceholders')}
      </p>
      <div className="actions">
        <button
          type="button"
          onClick={() => onCreateDraft({ templateId: template.id, values, title: rendered.title, text: rendered.text })}
        >
          {t('createDraft')}
        </button>
        <InsertButton text={rendered.text} html={rendered.html} />
      </div>
    </section>
  );
}
