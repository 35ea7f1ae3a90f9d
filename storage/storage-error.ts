/** What the UI needs to say about a failed write: the disk is full, the database went away, or other. */
export type StorageErrorCode = 'quota' | 'closed' | 'unknown';

const quotaNames = new Set(['QuotaExceededError']);
// Dexie's names for "the connection is gone or cannot be used now" (closed by a version change in
// another tab, blocked upgrade, failed open) plus the DOMException IndexedDB throws in that state.
const closedNames = new Set([
  'DatabaseClosedError',
  'InvalidStateError',
  'VersionChangeError',
  'OpenFailedError',
  'BlockedError',
  'TransactionInactiveError',
]);

/**
 * Maps an error from a Dexie/IndexedDB write to a code. Dexie wraps the browser's error (AbortError
 * with `inner` QuotaExceededError is how a full disk shows up in a transaction), so the whole chain
 * of `inner`/`cause` is searched, quota first as it is the one the user can act on.
 */
export function normalizeStorageError(error: unknown): StorageErrorCode {
  const names: string[] = [];
  let current: unknown = error;
  for (let depth = 0; depth < 8 && typeof current === 'object' && current !== null; depth++) {
    const { name, inner, cause } = current as { name?: unknown; inner?: unknown; cause?: unknown };
    if (typeof name === 'string') names.push(name);
    current = inner ?? cause;
  }
  if (names.some((name) => quotaNames.has(name))) return 'quota';
  if (names.some((name) => closedNames.has(name))) return 'closed';
  return 'unknown';
}
