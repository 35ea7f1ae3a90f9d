import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { downloadGgufFile } from '../../../polish/download-gguf';
import { ggufCacheName, hasGgufModel } from '../../../polish/gguf-cache';
import { ggufCatalogue, ggufTarget } from '../../../polish/gguf-catalogue';
import { readGgufHeader } from '../../../polish/gguf-header';
import { importGgufFiles } from '../../../polish/import-gguf';
import { normalizeError } from '../../../polish/normalize-error';
import { verifyGgufFile } from '../../../polish/verify-gguf';
import { tinyGguf } from '../../e2e/fixtures/tiny-gguf.mjs';
import { memoryCaches } from './memory-caches';

const model = tinyGguf() as Uint8Array<ArrayBuffer>;
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: unknown) => error,
  );

/** A tensor-less GGUF header carrying only llama-gguf-split's part keys (u16 values). */
function splitHeader(no: number, count: number): Uint8Array<ArrayBuffer> {
  const bytes: number[] = [...new TextEncoder().encode('GGUF')];
  const int = (value: number, size: number) => {
    for (let at = 0; at < size; at++) bytes.push(Math.floor(value / 256 ** at) % 256);
  };
  int(3, 4);
  int(0, 8);
  int(2, 8);
  for (const [key, value] of [
    ['split.no', no],
    ['split.count', count],
  ] as const) {
    int(key.length, 8);
    bytes.push(...new TextEncoder().encode(key));
    int(2, 4);
    int(value, 2);
  }
  return new Uint8Array(bytes);
}

describe('verifying a GGUF file', () => {
  it('reads where the tensor data ends from a real header (a llama.cpp-loadable tiny model)', async () => {
    const { dataEnd, split } = await readGgufHeader(new Blob([model]));
    expect(dataEnd).not.toBeNull();
    expect(model.length - dataEnd!).toBeGreaterThanOrEqual(0);
    expect(model.length - dataEnd!).toBeLessThan(32);
    expect(split).toBeNull();
    await expect(verifyGgufFile(new Blob([model]), 'tiny.gguf', { sha256: sha256(model) })).resolves.toBeUndefined();
  });

  it('refuses a truncated file and one whose SHA-256 differs from the catalogue’s, naming it', async () => {
    const truncated = await failure(verifyGgufFile(new Blob([model.slice(0, -4096)]), 'tiny.gguf'));
    expect(String(truncated)).toMatch(/integrity: tiny\.gguf: \d+ bytes, its tensors need \d+/);
    expect(normalizeError(truncated)).toMatchObject({ code: 'mismatch', file: 'tiny.gguf' });
    const changed = model.slice();
    changed[changed.length - 1] ^= 1;
    const wrongHash = await failure(verifyGgufFile(new Blob([changed]), 'tiny.gguf', { sha256: sha256(model) }));
    expect(String(wrongHash)).toContain(`integrity: tiny.gguf: SHA-256 ${sha256(changed)}, the catalogue says`);
  });

  it('refuses a split part picked in the wrong place or from another split', async () => {
    const part = new Blob([splitHeader(1, 3)]);
    await expect(verifyGgufFile(part, 'm-00002-of-00003.gguf', { part: { index: 1, count: 3 } })).resolves.toBe(
      undefined,
    );
    expect(String(await failure(verifyGgufFile(part, 'm.gguf', { part: { index: 0, count: 2 } })))).toContain(
      'integrity: m.gguf: part 2 of 3, picked as 1 of 2',
    );
  });

  it('on import and download, keeps nothing of a file that fails and lets the good one in', async () => {
    const { storage, keys } = memoryCaches();
    const short = new File([model.slice(0, -4096)], 'tiny.gguf');
    expect(normalizeError(await failure(importGgufFiles(storage, 'tiny', [short], () => undefined))).code).toBe(
      'mismatch',
    );
    expect(keys(ggufCacheName)).toEqual([]);

    const serve = (async () => new Response(model, { status: 200 })) as unknown as typeof fetch;
    const file = { name: 'tiny.gguf', url: 'http://10.1.2.3/tiny.gguf', sha256: sha256(model.slice(1)) };
    const error = await failure(downloadGgufFile(storage, 'tiny', file, () => undefined, { fetcher: serve }));
    expect(normalizeError(error)).toMatchObject({ code: 'mismatch', file: 'tiny.gguf' });
    expect(keys(ggufCacheName)).toEqual([]);
    await downloadGgufFile(storage, 'tiny', { ...file, sha256: sha256(model) }, () => undefined, { fetcher: serve });
    expect(await hasGgufModel(storage, 'tiny', ['tiny.gguf'])).toBe(true);
  });

  it('takes a catalogue SHA-256 to the download, per file', () => {
    const [model] = ggufCatalogue;
    const [name] = model.files;
    const target = ggufTarget({ ...model, sha256: { [name]: 'ab'.repeat(32) } }, { kind: 'default' }, 1);
    expect(target.files).toEqual([{ name, url: expect.stringContaining(name), sha256: 'ab'.repeat(32) }]);
    expect(ggufTarget(model, { kind: 'default' }, 1).files[0].sha256).toBeUndefined();
  });
});
