/** The body's character count, changed by every keystroke and written straight into the DOM (WordCount). */
export interface LiveCount {
  get: () => number;
  set: (count: number) => void;
  subscribe: (listener: () => void) => () => void;
}

export function createLiveCount(initial: number): LiveCount {
  let count = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => count,
    set(next) {
      if (next === count) return;
      count = next;
      listeners.forEach((listener) => listener());
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
