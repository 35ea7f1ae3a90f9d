import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { verifyShard } from '../../../polish/check-shard';
import { normalizeError } from '../../../polish/normalize-error';

const bytes = (size: number, seed = 7) => new Uint8Array(size).map((_, index) => (index * seed) % 256);
const md5 = (data: Uint8Array) => createHash('md5').update(data).digest('hex');
const failure = (promise: Promise<void>) =>
  promise.then(
    () => null,
    (error: unknown) => error,
  );

describe('verifying a shard against tensor-cache.json', () => {
  const data = bytes(4096);
  const shard = { dataPath: 'params_shard_3.bin', nbytes: 4096, md5sum: md5(data) };

  it('accepts the exact size and MD5, from a Blob or an ArrayBuffer', async () => {
    await expect(verifyShard(new Blob([data]), shard)).resolves.toBeUndefined();
    await expect(verifyShard(data.slice().buffer, { ...shard, md5sum: shard.md5sum.toUpperCase() })).resolves.toBe(
      undefined,
    );
  });

  it('refuses a truncated or padded shard, naming the file in a message the panel explains', async () => {
    for (const wrong of [data.slice(0, 4000), new Uint8Array([...data, 0])]) {
      const error = await failure(verifyShard(new Blob([wrong]), shard));
      expect(String(error)).toContain(
        `integrity: params_shard_3.bin: ${wrong.length} bytes, tensor-cache.json says 4096`,
      );
      expect(normalizeError(error)).toMatchObject({ code: 'mismatch', file: 'params_shard_3.bin' });
    }
  });

  it('refuses a shard of the right size with other bytes when the manifest gives an MD5', async () => {
    const error = await failure(verifyShard(new Blob([bytes(4096, 11)]), shard));
    expect(String(error)).toContain(`integrity: params_shard_3.bin: MD5 ${md5(bytes(4096, 11))}`);
    expect(normalizeError(error).code).toBe('mismatch');
  });

  it('checks the size only where the MD5 is empty, and the tensors’ end where nbytes is missing', async () => {
    await expect(verifyShard(new Blob([bytes(4096, 11)]), { ...shard, md5sum: '' })).resolves.toBeUndefined();
    const tensors = { dataPath: 'params_shard_0.bin', records: [{ byteOffset: 64, nbytes: 64 }] };
    await expect(verifyShard(new Blob([bytes(128)]), tensors)).resolves.toBeUndefined();
    expect(String(await failure(verifyShard(new Blob([bytes(100)]), tensors)))).toContain(
      'params_shard_0.bin: 100 bytes, its tensors need 128',
    );
  });
});
