import { describe, expect, it } from 'vitest';
import {
  deleteGgufModel,
  fileKeys,
  ggufCacheName,
  listGgufModels,
  modelPrefix,
  parseKey,
  readGgufFiles,
  writeManifest,
} from '../../../polish/gguf-cache';
import { importGgufFiles, selectGgufFiles } from '../../../polish/import-gguf';
import { memoryCaches } from './memory-caches';

import { ggufBytes } from './range-server';

describe('the GGUF model cache', () => {
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

  it('reads a file back from parts of any size, so files stored before the part size changed still load', async () => {
    const { storage } = memoryCaches();
    const cache = await storage.open(ggufCacheName);
    const bytes = ggufBytes(40);
    const cuts = [0, 17, 20, 40]; // parts of 17, 3 and 20 bytes, as no download today would cut them
    for (let index = 0; index + 1 < cuts.length; index++)
      await cache.put(fileKeys('m', 'm.gguf').part(index), new Response(bytes.slice(cuts[index], cuts[index + 1])));
    await writeManifest(cache, 'm', 'm.gguf', { size: 40, parts: 3 });
    const [file] = await readGgufFiles(storage, 'm', ['m.gguf']);
    expect(new Uint8Array(await file.arrayBuffer())).toEqual(bytes);
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
