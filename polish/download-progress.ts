import type { LoadReport } from './engine';

export interface DownloadStats {
  percent: number;
  loadedBytes: number;
  totalBytes: number;
  bytesPerSecond: number | null;
  etaSeconds: number | null;
}

/** WebLLM reports "Fetching param cache[3/40]: 512MB fetched. 12% completed, …". */
export function fetchedBytes(text: string): number | null {
  const match = /([\d.]+)\s*MB fetched/i.exec(text);
  return match ? Math.round(Number(match[1]) * 1024 * 1024) : null;
}

/**
 * Turns load reports into a progress bar's numbers. Speed is measured from the first report, so bytes
 * already in the cache (a resumed download) do not inflate it. A report with its own byte counts (the CPU
 * engine's) replaces the estimated total.
 */
export function createProgressTracker(totalBytes: number, clock: () => number) {
  let first: { at: number; bytes: number } | null = null;
  let loaded = 0;
  return (report: LoadReport): DownloadStats => {
    if (report.totalBytes) totalBytes = report.totalBytes;
    loaded = Math.max(
      loaded,
      report.loadedBytes ?? fetchedBytes(report.text) ?? Math.round(report.fraction * totalBytes),
    );
    const now = clock();
    first ??= { at: now, bytes: loaded };
    const seconds = (now - first.at) / 1000;
    const speed = seconds >= 1 ? (loaded - first.bytes) / seconds : null;
    const total = Math.max(totalBytes, loaded);
    return {
      percent: Math.min(100, Math.round(report.fraction * 100)),
      loadedBytes: loaded,
      totalBytes: total,
      bytesPerSecond: speed,
      etaSeconds: speed ? Math.max(0, Math.round((total - loaded) / speed)) : null,
    };
  };
}

export const formatMB = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MB`;
