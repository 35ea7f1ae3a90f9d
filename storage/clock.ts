/** Injected wherever time is stored, so tests can control it. */
export type Clock = () => number;
export const systemClock: Clock = () => Date.now();
