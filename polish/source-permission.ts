import { normalizeBaseUrl, originPattern, type ModelSource } from './model-source';

export type ContainsPermission = (permissions: { origins: string[] }) => Promise<boolean>;

/**
 * Checked right before any download from a mirror: the stored source may have been changed since the
 * user granted its host (or the grant revoked), so the grant is asked for again, never assumed.
 */
export async function assertSourceAllowed(source: ModelSource, contains: ContainsPermission): Promise<void> {
  if (source.kind !== 'mirror') return;
  let pattern: string;
  try {
    pattern = originPattern(normalizeBaseUrl(source.baseUrl));
  } catch {
    throw new Error('no host permission for an invalid model source');
  }
  if (!(await contains({ origins: [pattern] }).catch(() => false)))
    throw new Error(`no host permission for ${pattern}`);
}
