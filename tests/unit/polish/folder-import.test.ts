import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { importModelFolder } from '../../../polish/import-model-folder';
import { allBuilds } from '../../../polish/model-catalogue';
import { recordFor } from '../../../polish/model-source';
import { planFolderImport, relativePath, type FolderFile } from '../../../polish/plan-folder-import';

const build = allBuilds()[4];
const record = recordFor(build, { kind: 'default' });
const blob = (size: number) => new Blob([new Uint8Array(size)]);
const tensorCache = JSON.stringify({
  metadata: {},
  records: [
    {
      dataPath: 'params_shard_0.bin',
      nbytes: 64,
      records: [{ name: 'a', shape: [16], dtype: 'float32', format: 'f32-to-bf16', nbytes: 64, byteOffset: 0 }],
    },
    {
      dataPath: 'params_shard_1.bin',
      nbytes: 32,
      records: [{ name: 'b', shape: [8], dtype: 'float32', format: 'f32-to-bf16', nbytes: 32, byteOffset: 0 }],
    },
  ],
});
const folder = (): FolderFile[] => [
  { path: 'mlc-chat-config.json', file: new Blob(['{}']) },
  { path: 'tokenizer.json', file: new Blob(['{}']) },
  { path: 'tensor-cache.json', file: new Blob([tensorCache]) },
  { path: 'params_shard_0.bin', file: blob(64) },
  { path: 'params_shard_1.bin', file: blob(32) },
  { path: `libs/${build.lib}`, file: blob(8) },
];

/** Cache Storage in memory, keyed like the real one. */
function memoryCaches() {
  const stores = new Map<string, Map<string, Response>>();
  const open = async (name: string) => {
    const store = stores.get(name) ?? new Map<string, Response>();
    stores.set(name, store);
    return {
      put: async (request: Request, response: Response) => void store.set(request.url, response),
    } as unknown as Cache;
  };
  return { storage: { open } as unknown as CacheStorage, stores };
}

describe('folder import', () => {
  it('strips the folder name and a copied resolve/main/ prefix', () => {
    expect(relativePath('Qwen/resolve/main/params_shard_0.bin')).toBe('params_shard_0.bin');
    expect(relativePath('Qwen/libs/x.wasm')).toBe('libs/x.wasm');
  });

  it('writes every file under the URL WebLLM expects, tensor-cache.json last', async () => {
    const { storage, stores } = memoryCaches();
    const result = await importModelFolder(folder(), record, storage);
    expect(result).toEqual({ ok: true, files: 6, bytes: expect.any(Number) });
    const base = `https://huggingface.co/mlc-ai/${build.modelId}/resolve/main/`;
    expect([...stores.get('webllm/config')!.keys()]).toEqual([`${base}mlc-chat-config.json`]);
    expect([...stores.get('webllm/wasm')!.keys()]).toEqual([record.model_lib]);
    expect([...stores.get('webllm/model')!.keys()]).toEqual([
      `${base}tokenizer.json`,
      `${base}params_shard_0.bin`,
      `${base}params_shard_1.bin`,
      `${base}tensor-cache.json`,
    ]);
  });

  it('refuses an incomplete folder (missing shard, no library) and writes nothing', async () => {
    const files = folder().filter((f) => !f.path.endsWith('.wasm') && f.path !== 'params_shard_1.bin');
    expect(await planFolderImport(files, record)).toEqual({ ok: false, missing: [build.lib, 'params_shard_1.bin'] });
    const { storage, stores } = memoryCaches();
    expect((await importModelFolder(files, record, storage)).ok).toBe(false);
    expect(stores.size).toBe(0);
  });

  it('refuses a truncated shard or one whose MD5 differs from tensor-cache.json, naming it, and writes nothing', async () => {
    const md5 = (data: Uint8Array) => createHash('md5').update(data).digest('hex');
    const withMd5 = JSON.parse(tensorCache) as { records: { md5sum?: string }[] };
    withMd5.records[0].md5sum = md5(new Uint8Array(64));
    const files = folder();
    files[2] = { path: 'tensor-cache.json', file: new Blob([JSON.stringify(withMd5)]) };
    files[3] = { path: 'params_shard_0.bin', file: new Blob([new Uint8Array(64).fill(1)]) };
    files[4] = { path: 'params_shard_1.bin', file: blob(10) };
    const { storage, stores } = memoryCaches();
    const steps: number[] = [];
    expect(await importModelFolder(files, record, storage, (done) => steps.push(done))).toEqual({
      ok: false,
      missing: [],
      mismatched: ['params_shard_0.bin', 'params_shard_1.bin'],
    });
    expect(stores.size).toBe(0);
    expect(steps).toEqual([1, 2, 3, 4, 5, 6]);
    files[3] = { path: 'params_shard_0.bin', file: blob(64) };
    files[4] = { path: 'params_shard_1.bin', file: blob(32) };
    expect((await importModelFolder(files, record, memoryCaches().storage)).ok).toBe(true);
  });
});

describe('a hostile model folder', () => {
  it('cannot write into another model’s cache entries through a %2e%2e folder in tensor-cache.json', async () => {
    const other = recordFor(allBuilds()[0], { kind: 'default' });
    const escape = `%2e%2e/%2e%2e/${other.model_id}/resolve/main/params_shard_0.bin`;
    const hostile = JSON.stringify({
      records: [{ dataPath: escape, nbytes: 8, records: [{ byteOffset: 0, nbytes: 8 }] }],
    });
    const files: FolderFile[] = [
      ...folder().filter((entry) => entry.path !== 'tensor-cache.json'),
      { path: 'tensor-cache.json', file: new Blob([hostile]) },
      { path: escape, file: blob(8) },
    ];
    const { storage, stores } = memoryCaches();
    const result = await importModelFolder(files, record, storage);
    expect(result).toEqual({ ok: false, missing: [], invalid: [escape] });
    expect([...stores.values()].flatMap((store) => [...store.keys()])).toEqual([]);
  });
});
