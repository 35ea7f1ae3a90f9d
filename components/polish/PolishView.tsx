import { useEffect, useRef, useState } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { presets } from '../../polish/presets';
import { polishedText } from '../../polish/start-polish';
import { draftsRepository } from '../../storage/default-database';
import type { Draft } from '../../storage/draft';
import { DraftConflictError } from '../../storage/draft-errors';
import { ModelSection } from './ModelSection';
import { PolishControls } from './PolishControls';
import { PolishErrorNotice } from './PolishErrorNotice';
import type { PolishRequest } from './polish-request';
import { bodyWith, subjectFor, type PolishSubject } from './polish-subject';
import { ReviewChanges } from './ReviewChanges';
import { StreamList } from './StreamList';
import { useModelManager } from './use-model-manager';
import { usePolishRun } from './use-polish-run';
import { useReview } from './use-review';
import './polish.css';

/**
 * 润色: a local model rewrites the draft paragraph by paragraph; nothing is written back until the user
 * has reviewed every change, and then only as a revision marked 'polish'.
 */
export function PolishView({ request }: { request: PolishRequest | null }) {
  const { t, locale } = useTranslation();
  const manager = useModelManager();
  const run = usePolishRun();
  const [subject, setSubject] = useState<PolishSubject | null>(null);
  const [notice, setNotice] = useState('');
  const written = useRef(false);
  const polished = run.phase === 'finished' && subject ? polishedText(run.results) : null;
  const review = useReview(subject?.text ?? '', polished, locale.replace('_', '-'));
  const { preset, instruction } = manager.settings;
  const stopped = run.phase === 'finished' ? run.results.filter((result) => result.state === 'stopped').length : 0;
  const [draft, setDraft] = useState<Draft | undefined>();
  useEffect(() => {
    if (request?.draftId) void draftsRepository.get(request.draftId).then(setDraft);
    else setDraft(undefined);
  }, [request]);
  const preview = request && (!request.draftId || draft) ? subjectFor(request, draft) : null;

  const start = async () => {
    if (!request) return;
    const draft = request.draftId ? await draftsRepository.get(request.draftId) : undefined;
    const next = subjectFor(request, draft);
    setSubject(next);
    setNotice('');
    review.reset();
    written.current = false;
    await run.start(manager.ensureReady, next.text, presets[preset], instruction);
  };

  useEffect(() => {
    if (!review.complete || !subject || written.current) return;
    written.current = true;
    if (!review.accepted) return void setNotice(review.changes ? t('polishNothingAccepted') : t('polishNoChanges'));
    const result = review.result();
    const write = subject.draft
      ? draftsRepository.update(
          subject.draft.id,
          { body: bodyWith(subject, result) },
          { revision: 'polish', expectedRevision: subject.draft.revision },
        )
      : subject.request.onAccepted
        ? subject.request.onAccepted(result)
        : draftsRepository.create(
            { title: t('polishedDraftTitle'), body: result, kind: '其他' },
            { revision: 'polish' },
          );
    write.then(
      () => setNotice(t('polishWritten', review.accepted)),
      (error: unknown) => setNotice(error instanceof DraftConflictError ? t('polishConflict') : String(error)),
    );
  }, [review, subject, t]);

  return (
    <section className="polish" aria-label={t('navPolish')}>
      <ModelSection manager={manager} />
      <h2>{t('polishTitle')}</h2>
      <p className="note">
        {preview
          ? t(
              preview.request.range || !preview.draft ? 'polishSubjectSelection' : 'polishSubjectDraft',
              preview.text.length,
              draft?.title || t('untitled'),
            )
          : t('polishNoSubject')}
      </p>
      <PolishControls
        preset={preset}
        instruction={instruction}
        running={run.phase === 'preparing' || run.phase === 'running'}
        disabled={!preview?.text.trim() || manager.phase === 'downloading'}
        onChange={(change) => void manager.saveSettings({ ...manager.settings, ...change })}
        onStart={() => void start()}
        onStop={run.stop}
      />
      <PolishErrorNotice error={run.error} />
      {run.phase !== 'finished' && <StreamList results={run.results} />}
      {polished !== null &&
        (review.changes ? (
          <ReviewChanges hunks={review.hunks} decisions={review.decisions} onDecide={review.decide} />
        ) : null)}
      {run.phase === 'finished' && run.results.some((result) => result.state === 'flagged') && (
        <p className="note">{t('paragraphFlaggedSummary')}</p>
      )}
      {stopped > 0 && <p className="note">{t('polishStoppedSummary', stopped)}</p>}
      <p role="status" className="note">
        {notice || (polished !== null && !review.changes ? t('polishNoChanges') : '')}
      </p>
    </section>
  );
}
