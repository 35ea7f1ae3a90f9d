import type { ModelRecord } from '@mlc-ai/web-llm';
import { planFolderImport, type FolderFile } from './plan-folder-import';

export type ImportResult =
  { ok: true; files: number; bytes: number } | { ok: false; missing: string[]; invalid?: string[] };

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
  let bytes = 0;
  for (const [index, entry] of plan.entries.entries()) {
    const cache = await storage.open(entry.cache);
    await cache.put(
      new Request(entry.url),
      new Response(entry.file, { headers: { 'content-length': String(entry.file.size) } }),
    );
    bytes += entry.file.size;
    onProgress?.(index + 1, plan.entries.length);
  }
  return { ok: true, files: plan.entries.length, bytes };
}
