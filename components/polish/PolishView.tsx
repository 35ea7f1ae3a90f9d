import { useEffect, useState } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import type { MachineEnv } from '../../polish/check-machine';
import { presets } from '../../polish/presets';
import type { Decision } from '../../polish/review-hunks';
import { polishedText } from '../../polish/start-polish';
import { draftsRepository } from '../../storage/default-database';
import type { Draft } from '../../storage/draft';
import { DraftConflictError } from '../../storage/draft-errors';
import { errorMessageOf } from '../error-message';
import { CpuModelSection } from './CpuModelSection';
import { EngineChoice } from './EngineChoice';
import { ModelSection } from './ModelSection';
import { PolishControls } from './PolishControls';
import { PolishErrorNotice } from './PolishErrorNotice';
import type { PolishRequest } from './polish-request';
import { bodyWith, subjectFor, type PolishSubject } from './polish-subject';
import { ReviewChanges } from './ReviewChanges';
import { StreamList } from './StreamList';
import { useCpuModels } from './use-cpu-models';
import { useEngineChoice } from './use-engine-choice';
import { useMachineReport } from './use-machine-report';
import { useModelManager } from './use-model-manager';
import { usePolishRun } from './use-polish-run';
import { useReview } from './use-review';
import './polish.css';

/**
 * 润色: a local model rewrites the draft paragraph by paragraph; nothing is written back until the user
 * has reviewed every change, and then only as a revision marked 'polish'.
 */
export function PolishView({ request, machine }: { request: PolishRequest | null; machine?: () => MachineEnv }) {
  const { t, locale } = useTranslation();
  const report = useMachineReport(machine);
  const choice = useEngineChoice(report);
  const manager = useModelManager(report, choice.engine === 'webgpu');
  const cpu = useCpuModels(manager.settings.source);
  const active = choice.engine === 'cpu' ? cpu : manager;
  const run = usePolishRun();
  const [subject, setSubject] = useState<PolishSubject | null>(null);
  const [notice, setNotice] = useState('');
  const polished = run.phase === 'finished' && subject ? polishedText(run.results) : null;
  const review = useReview(subject?.text ?? '', polished, locale.replace('_', '-'));
  const { preset, instruction } = manager.settings;
  const sameError =
    run.error !== null && run.error.code === active.error?.code && run.error.detail === active.error.detail;
  const stopped = run.phase === 'finished' ? run.results.filter((result) => result.state === 'stopped').length : 0;
  // The draft read for a request, with the id it was read for: a read settling late, or the one of the
  // request before, never stands for this request's draft.
  const [read, setRead] = useState<{ id: string; draft: Draft | undefined }>();
  const draft = request?.draftId !== undefined && read?.id === request.draftId ? read.draft : undefined;
  useEffect(() => {
    const id = request?.draftId;
    if (id === undefined) return;
    let current = true; // nothing reaches React after the view closed
    void draftsRepository.get(id).then(
      (stored) => current && setRead({ id, draft: stored }),
      () => undefined, // as for a draft gone: no preview
    );
    return () => {
      current = false;
    };
  }, [request]);
  const preview = request && (!request.draftId || draft) ? subjectFor(request, draft) : null;

  const start = async () => {
    if (!request) return;
    // The click answers at once: the last attempt's messages go before the draft is read, so a message
    // shown after it is always this attempt's.
    run.clearError();
    active.setError(null);
    setNotice('');
    review.reset();
    const draft = request.draftId ? await draftsRepository.get(request.draftId) : undefined;
    const next = subjectFor(request, draft);
    setSubject(next);
    const onSpeed = choice.engine === 'cpu' ? cpu.rememberSpeed : undefined;
    await run.start(active.ensureReady, next.text, presets[preset], instruction, onSpeed);
  };

  /** Why 开始润色 cannot run, in one plain sentence; no model request is ever made to find out. */
  const blockedReason = (): string | undefined => {
    if (!manager.report) return undefined;
    if (choice.engine === null) return t('polishNoEngine');
    if (choice.engine === 'webgpu' && !choice.gpuUsable) return t('polishNoGpu');
    if (choice.engine === 'cpu' && !choice.cpuRuns) return t('polishCpuCannotRun');
    if (choice.engine === 'cpu' && !(cpu.target.modelId in cpu.cached) && cpu.phase !== 'ready')
      return t('polishNeedsModel');
    return undefined;
  };

  /** Accepted changes become a 润色 version; if the draft changed meanwhile they become a copy instead. */
  const writeToDraft = async (draft: Draft, body: string, accepted: number): Promise<string> => {
    try {
      await draftsRepository.update(draft.id, { body }, { revision: 'polish', expectedRevision: draft.revision });
      return t('polishWritten', accepted);
    } catch (error) {
      if (!(error instanceof DraftConflictError)) throw error;
      const copy = await draftsRepository.keepBoth(draft.id, { body });
      return t('polishConflict', copy.title);
    }
  };

  /** The decision that completes the review writes the accepted changes, once. */
  const decide = (ids: number[], decision: Decision) => {
    const outcome = review.decide(ids, decision);
    if (!outcome || !subject) return;
    const { accepted, result } = outcome;
    if (!accepted) return setNotice(t('polishNothingAccepted'));
    const write: Promise<string> = subject.draft
      ? writeToDraft(subject.draft, bodyWith(subject, result), accepted)
      : subject.request.onAccepted
        ? subject.request.onAccepted(result).then((message) => message ?? t('polishWritten', accepted))
        : draftsRepository
            .create({ title: t('polishedDraftTitle'), body: result, kind: '其他' }, { revision: 'polish' })
            .then(() => t('polishWritten', accepted));
    write.then(setNotice, (error: unknown) => {
      const { key, detail } = errorMessageOf(error);
      setNotice(t(key, detail));
    });
  };

  return (
    <section className="polish" aria-label={t('navPolish')}>
      {manager.report && (
        <EngineChoice
          choice={choice.choice}
          engine={choice.engine}
          gpuRuns={choice.gpuUsable}
          cpuRuns={choice.cpuRuns}
          disabled={active.phase === 'downloading' || run.phase === 'running'}
          onChange={(next) => void choice.setChoice(next)}
        />
      )}
      {choice.engine === 'cpu' && manager.report ? (
        <CpuModelSection
          cpu={cpu}
          report={manager.report}
          source={manager.settings.source}
          onSource={(source) => manager.saveSettings({ ...manager.settings, source })}
          hideError={sameError}
        />
      ) : (
        <ModelSection manager={manager} recommend={choice.gpuUsable} hideError={sameError} />
      )}
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
        disabled={!preview?.text.trim() || active.phase === 'downloading'}
        reason={blockedReason()}
        onChange={(change) => void manager.saveSettings({ ...manager.settings, ...change })}
        onStart={() => void start()}
        onStop={run.stop}
      />
      <PolishErrorNotice error={run.error} />
      {run.phase !== 'finished' && <StreamList results={run.results} />}
      {polished !== null &&
        (review.changes ? <ReviewChanges hunks={review.hunks} decisions={review.decisions} onDecide={decide} /> : null)}
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
