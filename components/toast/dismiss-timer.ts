export interface Timers {
  setTimeout: (run: () => void, ms: number) => unknown;
  clearTimeout: (handle: unknown) => void;
}

/**
 * Calls `dismiss` after `ms`, unless paused: a toast must not vanish while the user is on it (focus or
 * pointer). Resuming starts the full delay again, so there is always time to read it.
 */
const browserTimers: Timers = {
  setTimeout: (run, ms) => setTimeout(run, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export function createDismissTimer(dismiss: () => void, ms: number, timers: Timers = browserTimers) {
  let handle: unknown;
  const paused = new Set<string>();
  const start = () => {
    timers.clearTimeout(handle);
    handle = paused.size === 0 ? timers.setTimeout(dismiss, ms) : undefined;
  };
  start();
  return {
    pause(reason: string) {
      paused.add(reason);
      start();
    },
    resume(reason: string) {
      paused.delete(reason);
      start();
    },
    stop() {
      timers.clearTimeout(handle);
    },
  };
}
