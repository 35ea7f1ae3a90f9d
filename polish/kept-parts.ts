import type { fileKeys } from './gguf-cache';

/**
 * The bytes of one GGUF file kept in the cache so far: parts `part-0…part-n` in order from byte 0, each of
 * any size, each carrying the file's total size once known (`X-Total`). A download that stopped for any
 * reason resumes after the last part; the file counts as present only once its manifest is written.
 */
export interface KeptParts {
  count: number;
  bytes: number;
  total: number | null;
  add(blob: Blob): Promise<void>;
  /** All kept bytes as one Blob (Blobs from the cache: nothing is read into memory). */
  blob(): Blob;
  /** Removes every part, the last first, so an interrupted clear never leaves a gap at the start. */
  clear(): Promise<void>;
}

export async function keptParts(cache: Cache, keys: ReturnType<typeof fileKeys>): Promise<KeptParts> {
  const blobs: Blob[] = [];
  let total: number | null = null;
  for (
    let response = await cache.match(keys.part(0));
    response;
    response = await cache.match(keys.part(blobs.length))
  ) {
    total ??= Number(response.headers.get('X-Total')) || null;
    blobs.push(await response.blob());
  }
  const kept: KeptParts = {
    count: blobs.length,
    bytes: blobs.reduce((sum, blob) => sum + blob.size, 0),
    total,
    async add(blob) {
      const headers: Record<string, string> = { 'Content-Length': String(blob.size) };
      if (kept.total !== null) headers['X-Total'] = String(kept.total);
      await cache.put(keys.part(kept.count), new Response(blob, { headers }));
      blobs.push(blob);
      kept.count++;
      kept.bytes += blob.size;
    },
    blob: () => new Blob(blobs),
    async clear() {
      for (let index = kept.count - 1; index >= 0; index--) await cache.delete(keys.part(index));
      blobs.length = 0;
      kept.count = 0;
      kept.bytes = 0;
    },
  };
  return kept;
}
