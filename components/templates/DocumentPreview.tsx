import { useId, useState } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import type { RenderedDocument } from '../../templates/template-definition';
import { useFitWidth } from './use-fit-width';

interface Props {
  doc: RenderedDocument;
  /** Accessible name of the preview; 预览 by default. */
  label?: string;
  /** 段首空两格 for the plain text, where the caller offers the choice. */
  indent?: { value: boolean; onChange: (value: boolean) => void };
}

/** A4 at 96 dpi: 210 mm wide. The page is laid out at this width and zoomed to the panel. */
const pageWidth = (210 / 25.4) * 96;

/**
 * Plain text (what a plain OA textarea receives) or the laid-out page (what a rich editor receives),
 * shown as a whole A4 page scaled to the panel. The HTML was sanitised by the renderer (DOMPurify,
 * <p style> only) before it gets here.
 */
export function DocumentPreview({ doc, label, indent }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [mode, setMode] = useState<'text' | 'rich'>('text');
  const [frame, setFrame] = useState<HTMLDivElement | null>(null);
  const zoom = useFitWidth(frame, pageWidth);
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
        {indent && mode === 'text' && (
          <label className="check">
            <input type="checkbox" checked={indent.value} onChange={(event) => indent.onChange(event.target.checked)} />
            {t('plainTextIndent')}
          </label>
        )}
      </div>
      {mode === 'text' ? (
        <pre className="preview" role="document" aria-labelledby={`${id}-title`} tabIndex={0}>
          {doc.text}
        </pre>
      ) : (
        <div ref={setFrame} className="preview rich" role="document" aria-labelledby={`${id}-title`} tabIndex={0}>
          <div className="page" style={{ zoom }} dangerouslySetInnerHTML={{ __html: doc.html }} />
        </div>
      )}
    </section>
  );
}
