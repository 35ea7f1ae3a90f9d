/**
 * Where the CPU engine keeps GGUF files: one Cache Storage cache, each file in parts (so a cancelled
 * download resumes from the bytes kept, see kept-parts.ts) plus a manifest written last (so a file counts only when
 * complete). Keys do not depend on the model source: a model downloaded from the default host stays usable
 * after switching to a mirror, and an imported file is found the same way.
 */
export const ggufCacheName = 'wenshu/gguf';
/**
 * A part is stored once full, so a panel closed mid-download (its worker ends with it, no time to store
 * what is buffered) loses at most one part: 8 MB, a few seconds on an office line. Reading joins parts by
 * index whatever their size, so files stored in the former 32 MB parts still load.
 */
export const partBytes = 8 * 1024 * 1024;
const origin = 'https://gguf.wenshu.invalid/';

export interface GgufManifest {
  size: number;
  parts: number;
}

/**
 * The key prefix of one model. Each name is percent-encoded into one path segment and the result must
 * stay under the prefix: a model or file named `..` or `%2e%2e` never reaches another model's entries.
 */
export function modelPrefix(modelId: string): string {
  const prefix = new URL(`${encodeSegment(modelId)}/`, origin).href;
  if (!prefix.startsWith(origin) || prefix.slice(origin.length).split('/').length !== 2)
    throw new Error(`invalid model name ${modelId}`);
  return prefix;
}

function encodeSegment(name: string): string {
  if (!name || name === '.' || name === '..') throw new Error(`invalid name ${name}`);
  // encodeURIComponent leaves '.' alone, so '..' is refused above; '%' becomes '%25', so '%2e%2e' stays literal.
  return encodeURIComponent(name);
}

export function fileKeys(modelId: string, fileName: string) {
  const base = `${modelPrefix(modelId)}${encodeSegment(fileName)}/`;
  return { manifest: `${base}manifest`, part: (index: number) => `${base}part-${index}` };
}

/** A model id and file name from a key, or null for keys this module did not write. */
export function parseKey(url: string): { modelId: string; fileName: string; entry: string } | null {
  if (!url.startsWith(origin)) return null;
  const segments = url.slice(origin.length).split('/');
  if (segments.length !== 3) return null;
  return {
    modelId: decodeURIComponent(segments[0]),
    fileName: decodeURIComponent(segments[1]),
    entry: segments[2],
  };
}

export async function readManifest(cache: Cache, modelId: string, fileName: string): Promise<GgufManifest | null> {
  const response = await cache.match(fileKeys(modelId, fileName).manifest);
  return response ? ((await response.json()) as GgufManifest) : null;
}

export async function writeManifest(cache: Cache, modelId: string, fileName: string, manifest: GgufManifest) {
  await cache.put(fileKeys(modelId, fileName).manifest, new Response(JSON.stringify(manifest)));
}

/** Every file of the model is complete. */
export async function hasGgufModel(storage: CacheStorage, modelId: string, fileNames: string[]): Promise<boolean> {
  const cache = await storage.open(ggufCacheName);
  for (const name of fileNames) if (!(await readManifest(cache, modelId, name))) return false;
  return true;
}

/** One File per GGUF file, assembled from its parts (Blobs from the cache: nothing is read into memory). */
export async function readGgufFiles(storage: CacheStorage, modelId: string, fileNames: string[]): Promise<File[]> {
  const cache = await storage.open(ggufCacheName);
  const files: File[] = [];
  for (const name of fileNames) {
    const manifest = await readManifest(cache, modelId, name);
    if (!manifest) throw new Error(`model file missing: ${name}`);
    const parts: Blob[] = [];
    for (let index = 0; index < manifest.parts; index++) {
      const response = await cache.match(fileKeys(modelId, name).part(index));
      if (!response) throw new Error(`model file incomplete: ${name}`);
      parts.push(await response.blob());
    }
    const file = new File(parts, name);
    if (file.size !== manifest.size) throw new Error(`model file incomplete: ${name}`);
    files.push(file);
  }
  return files;
}

/** Complete models in the cache with their files and bytes: the 已下载的模型 list. */
export async function listGgufModels(
  storage: CacheStorage,
): Promise<{ modelId: string; files: string[]; bytes: number }[]> {
  const cache = await storage.open(ggufCacheName);
  const models = new Map<string, { modelId: string; files: string[]; bytes: number }>();
  for (const request of await cache.keys()) {
    const key = parseKey(request.url);
    if (!key || key.entry !== 'manifest') continue;
    const manifest = await readManifest(cache, key.modelId, key.fileName);
    const model = models.get(key.modelId) ?? { modelId: key.modelId, files: [], bytes: 0 };
    model.files.push(key.fileName);
    model.bytes += manifest?.size ?? 0;
    models.set(key.modelId, model);
  }
  for (const model of models.values()) model.files.sort();
  return [...models.values()];
}

/**
 * Bytes kept of downloads that did not finish (a file with parts but no manifest), by model: they do not
 * count as a model, but the panel says how much the next download resumes from.
 */
export async function listKeptDownloads(storage: CacheStorage): Promise<Record<string, number>> {
  const cache = await storage.open(ggufCacheName);
  const requests = await cache.keys();
  const complete = new Set(requests.filter((request) => request.url.endsWith('/manifest')).map(({ url }) => url));
  const kept: Record<string, number> = {};
  for (const request of requests) {
    const key = parseKey(request.url);
    if (!key?.entry.startsWith('part-') || complete.has(fileKeys(key.modelId, key.fileName).manifest)) continue;
    const response = await cache.match(request);
    const size = Number(response?.headers.get('Content-Length')) || ((await response?.blob())?.size ?? 0);
    kept[key.modelId] = (kept[key.modelId] ?? 0) + size;
  }
  return kept;
}

/** Removes every entry of one model, complete or not (manifest first, so it never looks complete). */
export async function deleteGgufModel(storage: CacheStorage, modelId: string): Promise<void> {
  const cache = await storage.open(ggufCacheName);
  const prefix = modelPrefix(modelId);
  const keys = (await cache.keys()).filter((request) => request.url.startsWith(prefix));
  keys.sort((a, b) => Number(b.url.endsWith('/manifest')) - Number(a.url.endsWith('/manifest')));
  for (const request of keys) await cache.delete(request);
}
