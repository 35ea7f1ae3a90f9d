import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { builtinFollowUps, followUpValues } from '../../templates/builtin';
import { renderTemplateSource } from '../../templates/render-template-source';
import { plainText, type OutputScript } from '../../templates/output';
import type { FieldValues } from '../../templates/template-definition';
import { InsertButton } from '../InsertButton';
import { DocumentPreview } from './DocumentPreview';
import { focusNextEmptyField } from './focus-next-empty-field';
import { ScriptSelect } from './ScriptSelect';
import { TemplateForm } from './TemplateForm';
import type { TemplateEntry } from './template-entry';
import type { TemplateFill } from './template-fill';
import { useConvertedDocument } from './use-converted-document';
import { useTemplateLocalizer } from './use-template-localizer';
import { usePlainTextIndent } from './use-plain-text-indent';
import { useRememberedValues } from './use-remembered-values';

interface Props {
  entry: TemplateEntry;
  /** Values to start from (re-filling a draft); otherwise the last values typed for this template. */
  initialValues?: FieldValues;
  /** Values carried over from another form (另拟请示), laid over the remembered ones; focus goes to the form. */
  prefill?: FieldValues;
  onCreateDraft: (fill: TemplateFill) => void;
  /** Open another template with some of these values (a built-in's follow-up, e.g. 情况汇报 → 请示). */
  onFollowUp?: (templateId: string, values: FieldValues) => void;
}

/** Fill one template's form, watch the preview, then make a draft or insert directly. Keyed by template. */
export function TemplateFiller({ entry, initialValues, prefill, onCreateDraft, onFollowUp }: Props) {
  const { t } = useTranslation();
  const { def } = entry;
  const localize = useTemplateLocalizer();
  const shown = useMemo(() => localize(def, !entry.user), [localize, def, entry.user]);
  const [values, setValues, loaded] = useRememberedValues(def.id, initialValues, prefill);
  const [script, setScript] = useState<OutputScript>('cn');
  const [indent, setIndent] = usePlainTextIndent();
  const rendered = useMemo(() => renderTemplateSource(def.body, values, def.fields), [def, values]);
  const simplified = rendered.ok ? rendered.doc : { title: '', text: '', html: '', placeholders: 0 };
  const { doc: converted, pending, failed } = useConvertedDocument(simplified, script);
  // What a plain OA textarea and the draft receive; the rich layout comes from the same lines.
  const doc = useMemo(() => ({ ...converted, text: plainText(converted.text, { indent }) }), [converted, indent]);
  const followUp = entry.user ? undefined : builtinFollowUps[def.id];
  const formRef = useRef<HTMLDivElement>(null);
  const lastField = useRef<Element | null>(null);

  useEffect(() => {
    if (prefill) formRef.current?.querySelector<HTMLElement>('input, textarea, select')?.focus();
  }, [prefill, loaded]);

  if (!loaded) return <div aria-busy="true" />;
  if (!entry.usable || !rendered.ok)
    return (
      <p role="alert" className="error">
        {t(rendered.ok || !rendered.error.limit ? 'templateUnusable' : 'templateTooComplex')}
      </p>
    );
  return (
    <>
      {shown.description && <p className="note">{shown.description}</p>}
      <div ref={formRef} onFocus={(event) => (lastField.current = event.target)}>
        <TemplateForm fields={shown.fields} values={values} onChange={setValues} />
      </div>
      <ScriptSelect value={script} onChange={setScript} />
      {pending && <p className="note">{t('scriptLoading')}</p>}
      {failed && (
        <p role="alert" className="error">
          {t('errUnknown', failed)}
        </p>
      )}
      <DocumentPreview doc={doc} indent={{ value: indent, onChange: setIndent }} />
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
      {followUp && onFollowUp && (
        <div className="actions">
          <button type="button" onClick={() => onFollowUp(followUp.templateId, followUpValues(followUp, values))}>
            {t('draftRequest')}
          </button>
          <small className="note">{t('draftRequestNote')}</small>
        </div>
      )}
    </>
  );
}
