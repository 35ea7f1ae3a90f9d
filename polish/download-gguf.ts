import { fileKeys, ggufCacheName, partBytes, readManifest, writeManifest } from './gguf-cache';
import { verifyGgufFile } from './verify-gguf';

export interface GgufFileSource {
  name: string;
  /** Null for an imported model: nothing to download. */
  url: string | null;
  /** Hex SHA-256 of the whole file, where the catalogue carries one. */
  sha256?: string;
}

/** Bytes in the cache so far and the total once known (the first response's Content-Range says it). */
export type BytesReport = (loaded: number, total: number | null) => void;

const totalFrom = (response: Response): number | null => {
  const match = /\/(\d+)\s*$/.exec(response.headers.get('Content-Range') ?? '');
  return match ? Number(match[1]) : null;
};

/** Reads a body, reporting each chunk, into one Blob. */
async function readBody(response: Response, onChunk: (bytes: number) => void): Promise<Blob> {
  if (!response.body) return response.blob();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    onChunk(value.byteLength);
  }
  return new Blob(chunks as BlobPart[]);
}

/** The downloaded parts as one file (Blobs from the cache, not read into memory), verified. */
async function verifyDownloaded(
  cache: Cache,
  keys: ReturnType<typeof fileKeys>,
  parts: number,
  file: GgufFileSource,
): Promise<unknown> {
  const blobs: Blob[] = [];
  for (let index = 0; index < parts; index++) blobs.push(await (await cache.match(keys.part(index)))!.blob());
  return verifyGgufFile(new Blob(blobs), file.name, { sha256: file.sha256 }).then(
    () => null,
    (error: unknown) => error,
  );
}

/**
 * Downloads one GGUF file into the cache in parts with HTTP Range requests, skipping parts already there
 * (a resumed download). A server without Range support gets one whole-file request. Every part's size is
 * checked against the Range asked for, and the file must start with the GGUF magic.
 */
export async function downloadGgufFile(
  storage: CacheStorage,
  modelId: string,
  file: GgufFileSource,
  onBytes: BytesReport,
  fetcher: typeof fetch = fetch,
  part: number = partBytes,
): Promise<void> {
  const cache = await storage.open(ggufCacheName);
  const existing = await readManifest(cache, modelId, file.name);
  if (existing) return onBytes(existing.size, existing.size);
  if (!file.url) throw new Error(`model file missing: ${file.name}`);
  const keys = fileKeys(modelId, file.name);
  let total: number | null = null;
  let loaded = 0;
  let parts = 0;
  for (let index = 0; total === null || index * part < total; index++) {
    const cached = await cache.match(keys.part(index));
    const pendingTotal = cached?.headers.get('X-Total');
    if (cached && pendingTotal) {
      total = Number(pendingTotal);
      loaded += Number(cached.headers.get('Content-Length') ?? (await cached.clone().blob()).size);
      parts = index + 1;
      onBytes(loaded, total);
      continue;
    }
    const start = index * part;
    const response = await fetcher(file.url, { headers: { Range: `bytes=${start}-${start + part - 1}` } });
    if (response.status === 200 && index === 0) {
      total = Number(response.headers.get('Content-Length')) || null;
      const blob = await readBody(response, (bytes) => onBytes((loaded += bytes), total));
      total = blob.size;
      await cache.put(keys.part(0), new Response(blob, { headers: { 'X-Total': String(total) } }));
      parts = 1;
      break;
    }
    if (response.status !== 206) throw new Error(`HTTP ${response.status} ${file.url}`);
    total = totalFrom(response);
    if (total === null) throw new Error(`no Content-Range from ${file.url}`);
    const expected = Math.min(part, total - start);
    const before = loaded;
    const blob = await readBody(response, (bytes) => onBytes((loaded += bytes), total));
    if (blob.size !== expected) throw new Error(`integrity: part ${index} of ${file.name} has ${blob.size} bytes`);
    loaded = before + blob.size;
    await cache.put(
      keys.part(index),
      new Response(blob, { headers: { 'X-Total': String(total), 'Content-Length': String(blob.size) } }),
    );
    parts = index + 1;
  }
  const head = await (await cache.match(keys.part(0)))?.blob();
  const magic = head ? new TextDecoder().decode(await head.slice(0, 4).arrayBuffer()) : '';
  const problem =
    magic !== 'GGUF' || total === null
      ? new Error(`integrity: ${file.name} is not a GGUF file`)
      : await verifyDownloaded(cache, keys, parts, file);
  if (problem) {
    for (let index = 0; index < parts; index++) await cache.delete(keys.part(index));
    throw problem;
  }
  await writeManifest(cache, modelId, file.name, { size: total, parts });
}
