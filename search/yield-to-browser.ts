interface Scheduler {
  postTask(callback: () => void, options: { priority: 'background' }): Promise<void>;
}

/**
 * Gives the main thread back between slices of background work: Chromium's scheduler runs a background
 * task only when input and rendering have nothing waiting, and (unlike nested setTimeout) without a
 * 4 ms clamp. Elsewhere (tests, other browsers) a plain timer.
 */
export function yieldToBrowser(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (scheduler?.postTask) return scheduler.postTask(() => undefined, { priority: 'background' });
  return new Promise((resolve) => setTimeout(resolve, 0));
}
