import type { ModelRecord } from '@mlc-ai/web-llm';
import { cacheNames, fileUrl, modelBaseUrl } from './cache-keys';
import type { ShardRecord } from './check-shard';

/** A file picked from a folder, its path relative to the chosen folder ("a/b.bin" for "Model/a/b.bin"). */
export interface FolderFile {
  path: string;
  file: Blob;
}

export interface ImportEntry {
  cache: string;
  url: string;
  file: Blob;
  /** For a shard: what tensor-cache.json says it is, verified before anything is written. */
  shard?: ShardRecord;
}

/** `invalid`: paths that would resolve outside the model's own URL prefix (`..`, `%2e%2e`). */
export type ImportPlan = { ok: true; entries: ImportEntry[] } | { ok: false; missing: string[]; invalid?: string[] };

interface TensorCache {
  records: ShardRecord[];
}

/** Drops the chosen folder's own name and a copied Hugging Face `resolve/main/` prefix. */
export const relativePath = (webkitRelativePath: string) =>
  webkitRelativePath
    .split('/')
    .slice(1)
    .join('/')
    .replace(/^resolve\/[^/]+\//, '');

/**
 * Maps a folder to the cache keys WebLLM reads for `record`, checking it is complete first: config,
 * tokenizer, tensor-cache.json (ndarray-cache.json in older copies), every shard it lists, and the
 * library .wasm (each shard's size and MD5 are verified by importModelFolder). tensor-cache.json comes last: a model only counts as present once all is written.
 */
export async function planFolderImport(files: FolderFile[], record: ModelRecord): Promise<ImportPlan> {
  const byPath = new Map(files.map((entry) => [entry.path, entry.file]));
  const config = byPath.get('mlc-chat-config.json');
  const tokenizer = byPath.get('tokenizer.json');
  const manifest = byPath.get('tensor-cache.json') ?? byPath.get('ndarray-cache.json');
  const libName = record.model_lib.split('/').pop() ?? '';
  const wasm =
    files.find((entry) => entry.path.split('/').pop() === libName)?.file ??
    files.find((entry) => entry.path.endsWith('.wasm'))?.file;
  const missing: string[] = [];
  if (!config) missing.push('mlc-chat-config.json');
  if (!tokenizer) missing.push('tokenizer.json');
  if (!wasm) missing.push(libName || '*.wasm');
  if (!manifest) return { ok: false, missing: [...missing, 'tensor-cache.json'] };

  let parsed: TensorCache;
  try {
    parsed = JSON.parse(await manifest.text()) as TensorCache;
  } catch {
    return { ok: false, missing: [...missing, 'tensor-cache.json'] };
  }
  const shards: ImportEntry[] = [];
  const invalid: string[] = [];
  const base = modelBaseUrl(record);
  for (const shard of parsed.records ?? []) {
    // A shard path is resolved like a URL: confine it to this model, or it overwrites another's files.
    if (!fileUrl(record, shard.dataPath).startsWith(base)) {
      invalid.push(shard.dataPath);
      continue;
    }
    const file = byPath.get(shard.dataPath);
    if (!file) missing.push(shard.dataPath);
    else shards.push({ cache: cacheNames.model, url: fileUrl(record, shard.dataPath), file, shard });
  }
  if (invalid.length) return { ok: false, missing, invalid };
  if (missing.length) return { ok: false, missing };
  return {
    ok: true,
    entries: [
      { cache: cacheNames.config, url: fileUrl(record, 'mlc-chat-config.json'), file: config! },
      { cache: cacheNames.wasm, url: record.model_lib, file: wasm! },
      { cache: cacheNames.model, url: fileUrl(record, 'tokenizer.json'), file: tokenizer! },
      ...shards,
      { cache: cacheNames.model, url: fileUrl(record, 'tensor-cache.json'), file: manifest },
    ],
  };
}
