import { useEffect } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { printStyleSheet } from '../../typeset/print-style';
import { blankLinesBefore } from '../../typeset/space-before';
import { headingFaces } from '../../typeset/page-layout';
import { fontFamilyCss, paragraphCss } from '../../typeset/role-css';
import type { TypesetParagraph } from '../../typeset/typeset-paragraph';
import './print.css';

interface Props {
  title: string;
  /** Null when the draft does not exist (deleted since the view was opened). */
  paragraphs: TypesetParagraph[] | null;
}

/** The draft on an A4 sheet laid out as GB/T 9704; the browser's print dialog prints it or saves a PDF. */
export function PrintView({ title, paragraphs }: Props) {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = title || t('printViewTitle');
  }, [title, t]);
  const date = paragraphs?.find((p) => p.role === 'date')?.text;
  const blank = paragraphs ? blankLinesBefore(paragraphs) : [];
  return (
    <>
      <style>{printStyleSheet()}</style>
      <header className="no-print print-toolbar">
        <button type="button" onClick={() => window.print()} disabled={!paragraphs}>
          {t('printNow')}
        </button>
        <p>{paragraphs ? t('printHint') : t('printDraftMissing')}</p>
      </header>
      {paragraphs && (
        <main className="sheet gongwen" aria-label={title || t('printViewTitle')}>
          {paragraphs.map((p, i) => (
            <p key={i} className={blank[i] ? 'space-before' : undefined} style={cssObject(paragraphCss(p, date))}>
              {content(p)}
            </p>
          ))}
        </main>
      )}
    </>
  );
}

function content(p: TypesetParagraph): React.ReactNode {
  if (p.role === 'title') return p.text.split('\n').flatMap((line, i) => (i ? [<br key={i} />, line] : [line]));
  if (!p.lead) return p.text;
  const lead = [...p.text].slice(0, p.lead.length).join('');
  return (
    <>
      <span style={{ fontFamily: fontFamilyCss(headingFaces[p.lead.level]) }}>{lead}</span>
      {p.text.slice(lead.length)}
    </>
  );
}

/** `a:b;c:d` → React's style object (property names camel-cased). */
function cssObject(css: string): React.CSSProperties {
  return Object.fromEntries(
    css.split(';').map((declaration) => {
      const colon = declaration.indexOf(':');
      const name = declaration.slice(0, colon).replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
      return [name, declaration.slice(colon + 1)];
    }),
  );
}
