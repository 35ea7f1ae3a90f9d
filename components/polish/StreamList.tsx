import { useTranslation } from '../../i18n/use-translation';
import type { SegmentResult } from '../../polish/start-polish';

/** The paragraphs as the model writes them; flagged ones say why their original is kept. */
export function StreamList({ results }: { results: SegmentResult[] }) {
  const { t } = useTranslation();
  const polished = results.filter((result) => result.state !== 'kept');
  if (!polished.length) return null;
  return (
    <ol className="stream" aria-label={t('polishOutput')} aria-live="polite">
      {polished.map((result, index) => (
        // data-tokens: how many pieces are shown, so a test can tell that 停止 froze the paragraph.
        <li key={index} className={result.state} data-tokens={result.tokens}>
          {result.state === 'waiting' ? (
            <span className="note">{t('paragraphWaiting')}</span>
          ) : result.output ? (
            result.output
          ) : result.prompt !== undefined ? (
            <span className="note">{t('paragraphReading', Math.round(result.prompt * 100))}</span>
          ) : (
            '…'
          )}
          {result.state === 'flagged' && <small role="note">{t('paragraphFlagged')}</small>}
          {result.state === 'stopped' && <small role="note">{t('paragraphStopped')}</small>}
        </li>
      ))}
    </ol>
  );
}
