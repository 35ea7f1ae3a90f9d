import { useId, useMemo, useState } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { userTemplatesRepository } from '../../storage/default-database';
import type { UserTemplateInput } from '../../storage/user-templates-repository';
import { exampleValues } from '../../templates/example-values';
import { renderTemplateSource } from '../../templates/render-template-source';
import { findTemplateProblems } from '../../templates/schema';
import { DeleteTemplateDialog } from './DeleteTemplateDialog';
import { DocumentPreview } from './DocumentPreview';
import { FieldSchemaEditor } from './FieldSchemaEditor';
import { TemplateMetaInputs } from './TemplateMetaInputs';
import { TemplateProblemList } from './TemplateProblemList';
import { cleanFields } from './field-editing';

interface Props {
  /** Set when editing a stored template; absent for 新建模板 and copies of built-ins until first saved. */
  templateId?: string;
  initial: UserTemplateInput;
  onSaved: (id: string) => void;
  onClose: () => void;
}

/**
 * 新建模板 / 编辑模板: name, kind, body and fields, checked and previewed (with the fields' examples)
 * on every keystroke. A broken template can still be saved, as work in progress; it just cannot fill.
 */
export function TemplateEditor({ templateId, initial, onSaved, onClose }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [draft, setDraft] = useState<UserTemplateInput>(initial);
  const [savedId, setSavedId] = useState(templateId);
  const [status, setStatus] = useState<{ ok: boolean; message: string } | null>(null);
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const problems = useMemo(() => findTemplateProblems(draft.body, draft.fields), [draft.body, draft.fields]);
  const preview = useMemo(() => {
    if (problems.error || problems.blocking.length > 0) return null;
    const result = renderTemplateSource(draft.body, exampleValues(draft.fields), draft.fields);
    return result.ok ? result.doc : null;
  }, [draft.body, draft.fields, problems]);

  const save = async () => {
    const input = { ...draft, name: draft.name.trim() || t('untitledTemplate'), fields: cleanFields(draft.fields) };
    try {
      const stored = savedId
        ? await userTemplatesRepository.update(savedId, input)
        : await userTemplatesRepository.create(input);
      setSavedId(stored.id);
      setStatus({ ok: true, message: t(problems.usable ? 'templateSaved' : 'templateSavedBroken') });
      onSaved(stored.id);
    } catch (error) {
      setStatus({ ok: false, message: t('errUnknown', error instanceof Error ? error.message : String(error)) });
    }
  };

  return (
    <section className="template-editor" aria-label={t(savedId ? 'editTemplate' : 'newTemplate')}>
      <h2>{t(savedId ? 'editTemplate' : 'newTemplate')}</h2>
      <TemplateMetaInputs value={draft} onChange={(patch) => setDraft({ ...draft, ...patch })} />
      <div className="field">
        <label htmlFor={`${id}-body`}>{t('templateBody')}</label>
        <textarea
          id={`${id}-body`}
          className="template-source"
          rows={12}
          spellCheck={false}
          aria-describedby={`${id}-body-help`}
          value={draft.body}
          onChange={(event) => setDraft({ ...draft, body: event.target.value })}
        />
        <small id={`${id}-body-help`}>{t('templateBodyHelp')}</small>
      </div>
      <FieldSchemaEditor fields={draft.fields} onChange={(fields) => setDraft({ ...draft, fields })} />
      <TemplateProblemList problems={problems} bodyEmpty={draft.body.trim() === ''} />
      {preview && <DocumentPreview doc={preview} label={t('examplePreview')} />}
      <div className="actions">
        <button type="button" className="primary" onClick={save}>
          {t('saveTemplate')}
        </button>
        <button type="button" onClick={onClose}>
          {t('backToTemplates')}
        </button>
        {savedId && (
          <button type="button" className="danger-link" onClick={() => setConfirmingDelete(true)}>
            {t('deleteTemplate')}
          </button>
        )}
      </div>
      {confirmingDelete && savedId && (
        <DeleteTemplateDialog
          templateId={savedId}
          name={draft.name}
          onClose={(deleted) => (deleted ? onClose() : setConfirmingDelete(false))}
        />
      )}
      <p role={status?.ok === false ? 'alert' : 'status'} className={status?.ok === false ? 'error' : 'note'}>
        {status?.message}
      </p>
    </section>
  );
}
