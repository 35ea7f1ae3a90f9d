import { useTranslation } from '../../i18n/use-translation';
import type { Decision, Hunk } from '../../polish/review-hunks';

interface Props {
  hunks: Hunk[];
  decisions: ReadonlyMap<number, Decision>;
  onDecide: (ids: number[], decision: Decision) => void;
}

/** The word diff, one group per change with 接受/拒绝, and 全部接受/全部拒绝 for the rest. */
export function ReviewChanges({ hunks, decisions, onDecide }: Props) {
  const { t } = useTranslation();
  const changes = hunks.filter((hunk): hunk is Extract<Hunk, { kind: 'change' }> => hunk.kind === 'change');
  const open = changes.filter((change) => !decisions.has(change.id)).map((change) => change.id);
  return (
    <section className="review" aria-label={t('polishReview')}>
      <div className="actions">
        <button type="button" className="primary" disabled={!open.length} onClick={() => onDecide(open, 'accepted')}>
          {t('polishAcceptAll')}
        </button>
        <button type="button" disabled={!open.length} onClick={() => onDecide(open, 'rejected')}>
          {t('polishRejectAll')}
        </button>
      </div>
      <div className="diff">
        {hunks.map((hunk, index) =>
          hunk.kind === 'same' ? (
            <span key={index}>{hunk.text}</span>
          ) : (
            <span
              key={index}
              role="group"
              className={`change ${decisions.get(hunk.id) ?? 'open'}`}
              aria-label={t('changeLabel', hunk.id + 1)}
            >
              {hunk.removed && <del>{hunk.removed}</del>}
              {hunk.added && <ins>{hunk.added}</ins>}
              {!decisions.has(hunk.id) && (
                <>
                  <button type="button" className="mini" onClick={() => onDecide([hunk.id], 'accepted')}>
                    {t('polishAccept')}
                  </button>
                  <button type="button" className="mini" onClick={() => onDecide([hunk.id], 'rejected')}>
                    {t('polishReject')}
                  </button>
                </>
              )}
            </span>
          ),
        )}
      </div>
    </section>
  );
}
