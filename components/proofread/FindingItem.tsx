import { useTranslation } from '../../i18n/use-translation';
import type { Finding } from '../../proofread';

interface Props {
  finding: Finding;
  /** The text the finding was computed on, to show exactly what would change. */
  text: string;
  onFix: (finding: Finding) => void;
  onIgnore: (finding: Finding) => void;
  busy: boolean;
}

/** One finding: where (the line), what is wrong, the suggested fix — or a note that it is advice only. */
export function FindingItem({ finding, text, onFix, onIgnore, busy }: Props) {
  const { t } = useTranslation();
  const found = text.slice(finding.start, finding.end);
  const { replacement } = finding;
  const label =
    replacement === undefined
      ? ''
      : replacement
        ? t('proofreadFixLabel', found, replacement)
        : t('proofreadDeleteLabel', found);

  return (
    <li className="proofread-finding">
      <q className="proofread-excerpt">{finding.excerpt}</q>
      <span>{t(finding.messageKey)}</span>
      <span className="proofread-fix">
        {replacement === undefined ? (
          <span className="note">{t('proofreadAdviceOnly')}</span>
        ) : (
          <span>
            <del>{found}</del>
            {replacement && (
              <>
                {' → '}
                <ins>{replacement}</ins>
              </>
            )}
          </span>
        )}
        <span className="proofread-finding-actions">
          {replacement !== undefined && (
            <button type="button" aria-label={label} disabled={busy} onClick={() => onFix(finding)}>
              {t('proofreadFix')}
            </button>
          )}
          <button
            type="button"
            className="link"
            aria-label={t('proofreadIgnoreLabel', found)}
            onClick={() => onIgnore(finding)}
          >
            {t('proofreadIgnore')}
          </button>
        </span>
      </span>
    </li>
  );
}
