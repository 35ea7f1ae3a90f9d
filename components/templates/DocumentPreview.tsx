import { useId, useState } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import type { RenderedDocument } from '../../templates/template-definition';

interface Props {
  doc: RenderedDocument;
  /** Accessible name of the preview; 预览 by default. */
  label?: string;
}

/**
 * Plain text (what a plain OA textarea receives) or the laid-out rendering (what a rich editor
 * receives). The HTML was sanitised by the renderer (DOMPurify, <p style> only) before it gets here.
 */
export function DocumentPreview({ doc, label }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [mode, setMode] = useState<'text' | 'rich'>('text');
  const name = label ?? t('preview');
  return (
    <section className="document-preview">
      <div className="preview-head">
        <h2 id={`${id}-title`}>{name}</h2>
        <fieldset className="toggle">
          <legend className="visually-hidden">{t('previewMode')}</legend>
          {(['text', 'rich'] as const).map((option) => (
            <label key={option}>
              <input type="radio" name={`${id}-mode`} checked={mode === option} onChange={() => setMode(option)} />
              {option === 'text' ? t('previewText') : t('previewRich')}
            </label>
          ))}
        </fieldset>
      </div>
      {mode === 'text' ? (
        <pre className="preview" role="document" aria-labelledby={`${id}-title`} tabIndex={0}>
          {doc.text}
        </pre>
      ) : (
        <div
          className="preview rich"
          role="document"
          aria-labelledby={`${id}-title`}
          tabIndex={0}
          dangerouslySetInnerHTML={{ __html: doc.html }}
        />
      )}
    </section>
  );
}
