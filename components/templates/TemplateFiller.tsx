import { useMemo, useState } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { renderTemplateSource } from '../../templates/render-template-source';
import type { OutputScript } from '../../templates/output';
import type { FieldValues } from '../../templates/template-definition';
import { InsertButton } from '../InsertButton';
import { DocumentPreview } from './DocumentPreview';
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

  if (!entry.usable || !rendered.ok)
    return (
      <p role="alert" className="error">
        {t(rendered.ok || !rendered.error.limit ? 'templateUnusable' : 'templateTooComplex')}
      </p>
    );
  return (
    <>
      {def.description && <p className="note">{def.description}</p>}
      <TemplateForm fields={def.fields} values={values} onChange={setValues} />
      <ScriptSelect value={script} onChange={setScript} />
      {pending && <p className="note">{t('scriptLoading')}</p>}
      {failed && (
        <p role="alert" className="error">
          {t('errUnknown', failed)}
        </p>
      )}
      <DocumentPreview doc={doc} />
      <p role="status" className={doc.placeholders > 0 ? 'warning' : 'note'}>
        {doc.placeholders > 0 ? t('placeholdersLeft', doc.placeholders) : t('noPlaceholders')}
      </p>
      <div className="actions">
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
