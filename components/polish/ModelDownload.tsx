import type { ReactNode } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import type { DownloadStats } from '../../polish/download-progress';
import type { PolishError } from '../../polish/normalize-error';
import { DownloadProgress } from './DownloadProgress';
import { PolishErrorNotice } from './PolishErrorNotice';
import type { ModelPhase } from './use-model-load';

interface Props {
  phase: ModelPhase;
  isCached: boolean;
  /** What the status line says while the model is not on this computer. */
  missing: string;
  stats: DownloadStats | null;
  /** Null when the polishing run that caused the load already shows it. */
  error: PolishError | null;
  /** The download button's label, or null when there is nothing to download. */
  downloadLabel: string | null;
  downloadDisabled: boolean;
  onDownload: () => void;
  onCancel: () => void;
  /** Further actions beside the download's (卸载模型). */
  children?: ReactNode;
}

/** The chosen model's state in one line, its download with progress and 取消下载, and what went wrong. */
export function ModelDownload(props: Props) {
  const { t } = useTranslation();
  const { phase, isCached } = props;
  return (
    <>
      <p className="note" role="status">
        {phase === 'ready' ? t('modelReady') : isCached ? t('modelCached') : props.missing}
      </p>
      {phase === 'downloading' && <DownloadProgress stats={props.stats} />}
      <PolishErrorNotice error={props.error} />
      <div className="actions">
        {phase === 'downloading' ? (
          <button type="button" onClick={props.onCancel}>
            {t('cancelDownload')}
          </button>
        ) : (
          !isCached &&
          props.downloadLabel && (
            <button type="button" className="primary" disabled={props.downloadDisabled} onClick={props.onDownload}>
              {props.downloadLabel}
            </button>
          )
        )}
        {props.children}
      </div>
    </>
  );
}
