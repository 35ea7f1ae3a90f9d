import type { Startup } from './read-startup';
import { readStartupEarly } from './read-startup-early';

/** Where the panel's first script leaves its read for the panel's code, which loads after it. */
interface EarlyScope {
  wenshuEarlyStartup?: Promise<Startup | null>;
}

/** Starts the start-up read (`entrypoints/startup-read.ts`, a classic script before the panel's modules). */
export function beginEarlyStartup(global: object, factory: IDBFactory, name?: string): void {
  const scope = global as EarlyScope;
  // A failure only means the panel reads through Dexie as before, and reports any error from there.
  scope.wenshuEarlyStartup = readStartupEarly(factory, name).catch(() => null);
}

/** The early read's result, once; null when there was none or it could not answer. */
export async function takeEarlyStartup(global: object): Promise<Startup | null> {
  const scope = global as EarlyScope;
  const early = scope.wenshuEarlyStartup;
  delete scope.wenshuEarlyStartup; // once: anything later reads afresh through Dexie
  return (await early) ?? null;
}
