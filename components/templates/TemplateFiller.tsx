import { useMemo, useRef, useState } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { renderTemplateSource } from '../../templates/render-template-source';
import type { OutputScript } from '../../templates/output';
import type { FieldValues } from '../../templates/template-definition';
import { InsertButton } from '../InsertButton';
import { DocumentPreview } from './DocumentPreview';
import { focusNextEmptyField } from './focus-next-empty-field';
import { ScriptSelect } from './ScriptSelect';
import { TemplateForm } from './TemplateForm';
import type { TemplateEntry } from './template-entry';
import type { TemplateFill } from './template-fill';
import { useConvertedDocument } from './use-converted-document';
import { useRememberedValues } from './use-remembered-values';

interface Props {
  entry: TemplateEntry;
  /** Values to start from (re-filling a draft); otherwise the last values typed for this template. */
  initialValues?: FieldValues;
  onCreateDraft: (fill: TemplateFill) => void;
}

/** Fill one template's form, watch the preview, then make a draft or insert directly. Keyed by template. */
export function TemplateFiller({ entry, initialValues, onCreateDraft }: Props) {
  const { t } = useTranslation();
  const { def } = entry;
  const [values, setValues] = useRememberedValues(def.id, initialValues);
  const [script, setScript] = useState<OutputScript>('cn');
  const rendered = useMemo(() => renderTemplateSource(def.body, values, def.fields), [def, values]);
  const simplified = rendered.ok ? rendered.doc : { title: '', text: '', html: '', placeholders: 0 };
  const { doc, pending, failed } = useConvertedDocument(simplified, script);
  const formRef = useRef<HTMLDivElement>(null);
  const lastField = useRef<Element | null>(null);

  if (!entry.usable || !rendered.ok)
    return (
      <p role="alert" className="error">
        {t('templateUnusable')}
      </p>
    );
  return (
    <>
      {def.description && <p className="note">{def.description}</p>}
      <div ref={formRef} onFocus={(event) => (lastField.current = event.target)}>
        <TemplateForm fields={def.fields} values={values} onChange={setValues} />
      </div>
      <ScriptSelect value={script} onChange={setScript} />
      {pending && <p className="note">{t('scriptLoading')}</p>}
      {failed && (
        <p role="alert" className="error">
          {t('errUnknown', failed)}
        </p>
      )}
      <DocumentPreview doc={doc} />
      {/* Stays in reach however long the form grows; the count jumps to the next field still empty. */}
      <div className="sticky-actions" role="region" aria-label={t('fillActions')}>
        <p role="status" className={doc.placeholders > 0 ? 'warning' : 'note'}>
          {doc.placeholders > 0 ? (
            <button
              type="button"
              className="link"
              title={t('nextEmptyFieldHint')}
              onClick={() => formRef.current && focusNextEmptyField(formRef.current, lastField.current)}
            >
              {t('placeholdersLeft', doc.placeholders)}
            </button>
          ) : (
            t('noPlaceholders')
          )}
        </p>
        <button
          type="button"
          disabled={pending}
          onClick={() =>
            onCreateDraft({ templateId: def.id, kind: def.kind, values, title: doc.title, text: doc.text })
          }
        >
          {t('createDraft')}
        </button>
        <InsertButton text={doc.text} html={doc.html} disabled={pending} />
      </div>
    </>
  );
}
