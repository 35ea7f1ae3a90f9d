import { createMD5 } from 'hash-wasm';

/**
 * One shard as MLC's tensor-cache.json lists it. tvmjs `dump_tensor_cache` writes `nbytes` (the
 * file's exact length) and `md5sum` (its MD5 in hex); older or hand-made manifests may leave md5sum empty.
 */
export interface ShardRecord {
  dataPath: string;
  nbytes?: number;
  md5sum?: string;
  records?: { byteOffset: number; nbytes: number }[];
}

/** The form normalizeError reads the file name from: `integrity: <file>: <what is wrong>`. */
export const integrityError = (file: string, problem: string) => new Error(`integrity: ${file}: ${problem}`);

/**
 * Throws unless `data` is the shard the manifest describes: its exact size (or, without `nbytes`, at
 * least the end of its last tensor) and, where the manifest gives one, its MD5. MD5 is not in SubtleCrypto;
 * hash-wasm's runs at native speed (a 32 MB shard in tens of milliseconds).
 */
export async function verifyShard(data: Blob | ArrayBuffer, shard: ShardRecord): Promise<void> {
  const size = data instanceof Blob ? data.size : data.byteLength;
  if (Number.isSafeInteger(shard.nbytes)) {
    if (size !== shard.nbytes)
      throw integrityError(shard.dataPath, `${size} bytes, tensor-cache.json says ${shard.nbytes}`);
  } else {
    const needed = Math.max(0, ...(shard.records ?? []).map((tensor) => tensor.byteOffset + tensor.nbytes));
    if (size < needed) throw integrityError(shard.dataPath, `${size} bytes, its tensors need ${needed}`);
  }
  const expected = shard.md5sum?.toLowerCase() ?? '';
  if (!/^[0-9a-f]{32}$/.test(expected)) return;
  const hasher = await createMD5();
  hasher.update(new Uint8Array(data instanceof Blob ? await data.arrayBuffer() : data));
  const actual = hasher.digest('hex');
  if (actual !== expected) throw integrityError(shard.dataPath, `MD5 ${actual}, tensor-cache.json says ${expected}`);
}
