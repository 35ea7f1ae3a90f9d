import { describe, expect, it } from 'vitest';
import { downloadGgufFile } from '../../../polish/download-gguf';
import {
  deleteGgufModel,
  fileKeys,
  ggufCacheName,
  hasGgufModel,
  listGgufModels,
  modelPrefix,
  parseKey,
  readGgufFiles,
} from '../../../polish/gguf-cache';
import { importGgufFiles, selectGgufFiles } from '../../../polish/import-gguf';
import { memoryCaches } from './memory-caches';

/** A GGUF without tensors or metadata (magic, version 3, two zero counts: 24 bytes), then numbered bytes. */
const ggufBytes = (size: number) => {
  const bytes = new Uint8Array(size).map((_, index) => index % 251);
  bytes.fill(0, 0, 24);
  bytes.set([...new TextEncoder().encode('GGUF'), 3]);
  return bytes;
};

/** A server honouring Range requests, optionally failing the n-th request (a dropped connection). */
function rangeServer(bytes: Uint8Array, failOn?: number) {
  const ranges: string[] = [];
  const fetcher = (async (_url: string, init?: RequestInit) => {
    const range = new Headers(init?.headers).get('Range') ?? '';
    ranges.push(range);
    if (ranges.length === failOn) throw new TypeError('Failed to fetch');
    const [, from, to] = /bytes=(\d+)-(\d+)/.exec(range)!.map(Number);
    const end = Math.min(to, bytes.length - 1);
    return new Response(bytes.slice(from, end + 1), {
      status: 206,
      headers: { 'Content-Range': `bytes ${from}-${end}/${bytes.length}` },
    });
  }) as typeof fetch;
  return { fetcher, ranges };
}

const file = { name: 'model.gguf', url: 'https://huggingface.co/Qwen/x/resolve/main/model.gguf' };

describe('the GGUF model cache', () => {
  it('downloads in Range parts, resumes after a dropped connection with only the missing parts, and reads back the same bytes', async () => {
    const { storage } = memoryCaches();
    const bytes = ggufBytes(250);
    const broken = rangeServer(bytes, 3);
    await expect(downloadGgufFile(storage, 'm', file, () => undefined, broken.fetcher, 100)).rejects.toThrow(
      'Failed to fetch',
    );
    expect(await hasGgufModel(storage, 'm', ['model.gguf'])).toBe(false);

    const resumed = rangeServer(bytes);
    const progress: number[] = [];
    await downloadGgufFile(storage, 'm', file, (loaded) => progress.push(loaded), resumed.fetcher, 100);
    expect(resumed.ranges).toEqual(['bytes=200-299']);
    expect(progress.at(-1)).toBe(250);
    expect(await hasGgufModel(storage, 'm', ['model.gguf'])).toBe(true);
    const [read] = await readGgufFiles(storage, 'm', ['model.gguf']);
    expect(new Uint8Array(await read.arrayBuffer())).toEqual(bytes);
  });

  it('refuses a file that is not GGUF (an HTML error page from a proxy) and keeps nothing of it', async () => {
    const { storage, keys } = memoryCaches();
    const page = new TextEncoder().encode('<html>登录</html>');
    await expect(downloadGgufFile(storage, 'm', file, () => undefined, rangeServer(page).fetcher, 100)).rejects.toThrow(
      'integrity',
    );
    expect(keys(ggufCacheName)).toEqual([]);
  });

  it('keeps every model under its own prefix: names like %2e%2e or .. never reach another model', () => {
    const other = modelPrefix('qwen2.5-1.5b-gguf');
    const sneaky = modelPrefix('%2e%2e');
    expect(sneaky.startsWith('https://gguf.wenshu.invalid/')).toBe(true);
    expect(sneaky).not.toBe('https://gguf.wenshu.invalid/');
    expect(fileKeys('%2e%2e', '../qwen2.5-1.5b-gguf').manifest.startsWith(other)).toBe(false);
    expect(fileKeys('a', '..%2Fb').part(0).startsWith(modelPrefix('a'))).toBe(true);
    expect(() => modelPrefix('..')).toThrow();
    expect(() => fileKeys('a', '.')).toThrow();
    expect(parseKey(fileKeys('%2e%2e', 'x y.gguf').manifest)).toEqual({
      modelId: '%2e%2e',
      fileName: 'x y.gguf',
      entry: 'manifest',
    });
  });

  it('imports split files in order, lists them with their size, and deletes one model without touching another', async () => {
    const { storage } = memoryCaches();
    const parts = [2, 1].map((index) => new File([ggufBytes(30 + index)], `q-0000${index}-of-00002.gguf`));
    const selection = selectGgufFiles(parts);
    expect(selection.ok && selection.files.map((f) => f.name)).toEqual([
      'q-00001-of-00002.gguf',
      'q-00002-of-00002.gguf',
    ]);
    if (!selection.ok) return;
    await importGgufFiles(storage, 'q', selection.files, () => undefined);
    await importGgufFiles(storage, 'other', [new File([ggufBytes(25)], 'o.gguf')], () => undefined);
    expect(await listGgufModels(storage)).toEqual([
      { modelId: 'q', files: ['q-00001-of-00002.gguf', 'q-00002-of-00002.gguf'], bytes: 63 },
      { modelId: 'other', files: ['o.gguf'], bytes: 25 },
    ]);
    await deleteGgufModel(storage, 'q');
    expect((await listGgufModels(storage)).map((model) => model.modelId)).toEqual(['other']);
  });

  it('says what is wrong with a selection instead of importing it', () => {
    const gguf = (name: string) => new File(['GGUF'], name);
    expect(selectGgufFiles([gguf('a.bin')])).toEqual({ ok: false, reason: 'notGguf' });
    expect(selectGgufFiles([gguf('a.gguf'), gguf('b.gguf')])).toEqual({ ok: false, reason: 'several' });
    expect(selectGgufFiles([gguf('m-00001-of-00003.gguf'), gguf('m-00003-of-00003.gguf')])).toEqual({
      ok: false,
      reason: 'splitIncomplete',
      missing: ['m-00002-of-00003.gguf'],
    });
  });
});
