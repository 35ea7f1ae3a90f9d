import type { ModelRecord } from '@mlc-ai/web-llm';
import { verifyShard } from './check-shard';
import { planFolderImport, type FolderFile, type ImportEntry } from './plan-folder-import';

/** `mismatched`: shards whose size or MD5 differs from tensor-cache.json; nothing is written then. */
export type ImportResult =
  | { ok: true; files: number; bytes: number }
  | { ok: false; missing: string[]; invalid?: string[]; mismatched?: string[] };

/** The shards that fail verification, one at a time (a shard is read whole: at most ~32 MB in memory). */
async function mismatchedShards(entries: ImportEntry[], onChecked: (done: number) => void): Promise<string[]> {
  const mismatched: string[] = [];
  for (const [index, { file, shard }] of entries.entries()) {
    if (shard) await verifyShard(file, shard).catch(() => mismatched.push(shard.dataPath));
    onChecked(index + 1);
  }
  return mismatched;
}

/**
 * Copies a model folder (brought by USB) into WebLLM's cache under the URLs it would download from,
 * so the model loads with no network at all. The URLs never need to resolve.
 */
export async function importModelFolder(
  files: FolderFile[],
  record: ModelRecord,
  storage: CacheStorage,
  onProgress?: (done: number, total: number) => void,
): Promise<ImportResult> {
  const plan = await planFolderImport(files, record);
  if (!plan.ok) return plan;
  // Progress counts the check and then the copy of every file.
  const steps = plan.entries.length * 2;
  const mismatched = await mismatchedShards(plan.entries, (done) => onProgress?.(done, steps));
  if (mismatched.length) return { ok: false, missing: [], mismatched };
  let bytes = 0;
  for (const [index, entry] of plan.entries.entries()) {
    const cache = await storage.open(entry.cache);
    await cache.put(
      new Request(entry.url),
      new Response(entry.file, { headers: { 'content-length': String(entry.file.size) } }),
    );
    bytes += entry.file.size;
    onProgress?.(plan.entries.length + index + 1, steps);
  }
  return { ok: true, files: plan.entries.length, bytes };
}
