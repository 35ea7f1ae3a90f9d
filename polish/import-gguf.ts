import { fileKeys, ggufCacheName, partBytes, writeManifest } from './gguf-cache';
import { verifyGgufFile, type GgufExpectation } from './verify-gguf';

/** `name-00001-of-00003.gguf`: one part of a split model (llama-gguf-split). */
const splitPattern = /^(.*)-(\d{5})-of-(\d{5})\.gguf$/i;

export type GgufSelection =
  | { ok: true; stem: string; files: File[] }
  | { ok: false; reason: 'notGguf' | 'splitIncomplete' | 'several'; missing?: string[] };

/**
 * What the user picked: one `.gguf` file, or every part of one split model (in order). Anything else is
 * refused with a reason the panel can say in words.
 */
export function selectGgufFiles(files: File[]): GgufSelection {
  if (!files.length || files.some((file) => !/\.gguf$/i.test(file.name))) return { ok: false, reason: 'notGguf' };
  const splits = files.map((file) => splitPattern.exec(file.name));
  if (splits.every((match) => !match)) {
    if (files.length > 1) return { ok: false, reason: 'several' };
    return { ok: true, stem: files[0].name.replace(/\.gguf$/i, ''), files };
  }
  if (splits.some((match) => !match)) return { ok: false, reason: 'several' };
  const stems = new Set(splits.map((match) => match![1]));
  const count = Number(splits[0]![3]);
  if (stems.size > 1 || splits.some((match) => Number(match![3]) !== count)) return { ok: false, reason: 'several' };
  const stem = splits[0]![1];
  const byIndex = new Map(files.map((file, index) => [Number(splits[index]![2]), file]));
  const missing: string[] = [];
  for (let part = 1; part <= count; part++)
    if (!byIndex.has(part))
      missing.push(`${stem}-${String(part).padStart(5, '0')}-of-${String(count).padStart(5, '0')}.gguf`);
  if (missing.length) return { ok: false, reason: 'splitIncomplete', missing };
  return { ok: true, stem, files: [...byIndex.entries()].sort(([a], [b]) => a - b).map(([, file]) => file) };
}

/**
 * Copies the files into the model cache in parts; each file's manifest last, so it counts only when whole.
 * Each file is verified first (verifyGgufFile; `sha256` by file name where the catalogue knows it).
 */
export async function importGgufFiles(
  storage: CacheStorage,
  modelId: string,
  files: File[],
  onProgress: (done: number, total: number) => void,
  sha256: Record<string, string> = {},
): Promise<number> {
  const cache = await storage.open(ggufCacheName);
  const total = files.reduce((sum, file) => sum + file.size, 0);
  let done = 0;
  for (const [index, file] of files.entries()) {
    const header = new TextDecoder().decode(await file.slice(0, 4).arrayBuffer());
    if (header !== 'GGUF') throw new Error(`integrity: ${file.name} is not a GGUF file`);
    const expected: GgufExpectation = { sha256: sha256[file.name], part: { index, count: files.length } };
    await verifyGgufFile(file, file.name, expected);
    const keys = fileKeys(modelId, file.name);
    const parts = Math.max(1, Math.ceil(file.size / partBytes));
    for (let index = 0; index < parts; index++) {
      const part = file.slice(index * partBytes, (index + 1) * partBytes);
      await cache.put(keys.part(index), new Response(part, { headers: { 'X-Total': String(file.size) } }));
      done += part.size;
      onProgress(done, total);
    }
    await writeManifest(cache, modelId, file.name, { size: file.size, parts });
  }
  return total;
}
