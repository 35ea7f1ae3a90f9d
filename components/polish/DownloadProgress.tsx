import { useTranslation } from '../../i18n/use-translation';
import { formatMB, type DownloadStats } from '../../polish/download-progress';

/** Percent, bytes, speed and time left, for a download that can take many minutes. */
export function DownloadProgress({ stats }: { stats: DownloadStats | null }) {
  const { t } = useTranslation();
  const percent = stats?.percent ?? 0;
  const parts = stats
    ? [
        `${percent}%`,
        `${formatMB(stats.loadedBytes)} / ${formatMB(stats.totalBytes)}`,
        stats.bytesPerSecond ? `${formatMB(stats.bytesPerSecond)}/s` : '',
        stats.etaSeconds !== null ? t('etaMinutes', Math.max(1, Math.ceil(stats.etaSeconds / 60))) : '',
      ]
    : [t('downloadStarting')];
  return (
    <div className="download">
      <progress aria-label={t('downloadProgress')} max={100} value={percent} />
      <p className="note">{parts.filter(Boolean).join(' · ')}</p>
    </div>
  );
}
