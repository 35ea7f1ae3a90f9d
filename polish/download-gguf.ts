import { fileKeys, ggufCacheName, partBytes, readManifest, writeManifest } from './gguf-cache';
import { keptParts, type KeptParts } from './kept-parts';
import { integrityError } from './check-shard';
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

export interface DownloadOptions {
  fetcher?: typeof fetch;
  /** Bytes per cache entry: a worker ended without warning (panel closed) loses at most this much. */
  partSize?: number;
  /** Stops the download; the bytes received so far are kept first, for the next download to resume from. */
  signal?: AbortSignal;
  /** The server ignored the Range request: the kept bytes were dropped and the file starts again from 0. */
  onRestart?: () => void;
}

const contentRange = (response: Response) => {
  const match = /bytes (\d+)-\d+\/(\d+)/.exec(response.headers.get('Content-Range') ?? '');
  return match ? { start: Number(match[1]), total: Number(match[2]) } : null;
};

const startsWithMagic = async (blob: Blob) => new TextDecoder().decode(await blob.slice(0, 4).arrayBuffer()) === 'GGUF';

/**
 * Reads the body into parts of about `partSize` bytes, each stored as soon as it is full. When the body
 * stops (cancelled, connection dropped) the bytes already received are stored too, then the error goes on.
 */
async function storeBody(
  response: Response,
  kept: KeptParts,
  name: string,
  partSize: number,
  onChunk: (bytes: number) => void,
): Promise<void> {
  const reader = (response.body ?? (await response.blob()).stream()).getReader();
  let chunks: Uint8Array[] = [];
  let buffered = 0;
  const flush = async () => {
    if (!buffered) return;
    const blob = new Blob(chunks as BlobPart[]);
    chunks = [];
    buffered = 0;
    // An HTML page from a proxy is refused at once rather than kept to resume from.
    if (kept.bytes === 0 && !(await startsWithMagic(blob))) throw integrityError(name, 'not a GGUF file');
    await kept.add(blob);
  };
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      buffered += value.byteLength;
      onChunk(value.byteLength);
      if (buffered >= partSize) await flush();
    }
  } finally {
    await flush();
  }
}

/**
 * Downloads one GGUF file into the cache. Bytes already kept from an earlier attempt are not fetched
 * again: one request asks for the rest (`Range: bytes=N-`). A server that ignores Range answers with the
 * whole file: the kept bytes are dropped and the download starts again from 0 (`onRestart`). The file
 * must start with the GGUF magic and pass verifyGgufFile before its manifest is written; if it fails,
 * nothing of it is kept.
 */
export async function downloadGgufFile(
  storage: CacheStorage,
  modelId: string,
  file: GgufFileSource,
  onBytes: BytesReport,
  { fetcher = fetch, partSize = partBytes, signal, onRestart }: DownloadOptions = {},
): Promise<void> {
  const cache = await storage.open(ggufCacheName);
  const existing = await readManifest(cache, modelId, file.name);
  if (existing) return onBytes(existing.size, existing.size);
  if (!file.url) throw new Error(`model file missing: ${file.name}`);
  const kept = await keptParts(cache, fileKeys(modelId, file.name));
  let total = kept.total;
  if (total === null || kept.bytes < total) {
    const from = kept.bytes;
    const response = await fetcher(file.url, { headers: { Range: `bytes=${from}-` }, signal });
    const range = contentRange(response);
    if (response.status === 200) {
      if (from > 0) onRestart?.();
      await kept.clear();
      total = Number(response.headers.get('Content-Length')) || null;
    } else if (response.status !== 206) {
      throw new Error(`HTTP ${response.status} ${file.url}`);
    } else if (!range || range.start !== from || (total !== null && range.total !== total)) {
      // The file changed on the server, or a proxy answered for another range: start again next time.
      await kept.clear();
      throw integrityError(file.name, `asked for bytes ${from}-, got ${response.headers.get('Content-Range')}`);
    } else total = range.total;
    kept.total = total;
    let loaded = kept.bytes;
    onBytes(loaded, total);
    await storeBody(response, kept, file.name, partSize, (bytes) => onBytes((loaded += bytes), total));
    if (total !== null && kept.bytes !== total)
      throw new Error(`NetworkError: ${file.name} ended after ${kept.bytes} of ${total} bytes`);
  }
  const whole = kept.blob();
  total = whole.size;
  const problem = !(await startsWithMagic(whole))
    ? integrityError(file.name, 'not a GGUF file')
    : await verifyGgufFile(whole, file.name, { sha256: file.sha256 }).then(
        () => null,
        (error: unknown) => error,
      );
  if (problem) {
    await kept.clear();
    throw problem;
  }
  await writeManifest(cache, modelId, file.name, { size: total, parts: kept.count });
}
