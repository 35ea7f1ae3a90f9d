import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { cacheNames } from '../../../polish/cache-keys';
import { downloadModelShards } from '../../../polish/download-model-shards';
import { allBuilds } from '../../../polish/model-catalogue';
import { recordFor } from '../../../polish/model-source';
import { normalizeError } from '../../../polish/normalize-error';
import { memoryCaches } from './memory-caches';

const build = allBuilds()[4];
const record = recordFor(build, { kind: 'mirror', baseUrl: 'http://10.1.2.3:8080/models' });
const base = `http://10.1.2.3:8080/models/${build.modelId}/resolve/main/`;
const shardBytes = (index: number) => new Uint8Array(1000 + index).map((_, at) => (at * (index + 3)) % 256);
const md5 = (data: Uint8Array) => createHash('md5').update(data).digest('hex');
const manifest = (count: number) =>
  JSON.stringify({
    records: Array.from({ length: count }, (_, index) => ({
      dataPath: `params_shard_${index}.bin`,
      nbytes: shardBytes(index).length,
      md5sum: md5(shardBytes(index)),
      records: [],
    })),
  });

/** A mirror in memory: file name → body; every URL asked for is recorded. */
function mirror(files: Record<string, BodyInit>) {
  const asked: string[] = [];
  const fetcher = (async (input: RequestInfo | URL) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    asked.push(url.slice(base.length));
    const body = files[url.slice(base.length)];
    return body === undefined ? new Response('', { status: 404 }) : new Response(body);
  }) as typeof fetch;
  return { fetcher, asked, files };
}
const goodFiles = (count: number): Record<string, BodyInit> => ({
  'tensor-cache.json': manifest(count),
  ...Object.fromEntries(Array.from({ length: count }, (_, index) => [`params_shard_${index}.bin`, shardBytes(index)])),
});

describe('downloading WebLLM shards with verification', () => {
  it('stores every verified shard, then the manifest last, and reports bytes', async () => {
    const { storage, keys } = memoryCaches();
    const { fetcher } = mirror(goodFiles(6));
    const reports: number[] = [];
    await downloadModelShards(record, storage, (report) => reports.push(report.loadedBytes ?? -1), fetcher);
    const stored = keys(cacheNames.model);
    expect(stored.at(-1)).toBe(`${base}tensor-cache.json`);
    expect(stored.slice(0, -1).sort()).toEqual(
      Array.from({ length: 6 }, (_, index) => `${base}params_shard_${index}.bin`),
    );
    expect(reports.at(-1)).toBe(6 * 1000 + 15);
  });

  it('keeps a corrupted or truncated shard out of the cache, names it, and resumes after the fix', async () => {
    for (const bad of [shardBytes(2).map((value) => value ^ 1), shardBytes(2).slice(0, 500)]) {
      const { storage, keys } = memoryCaches();
      const served = mirror({ ...goodFiles(6), 'params_shard_2.bin': bad });
      const error = await downloadModelShards(record, storage, () => undefined, served.fetcher).catch((e) => e);
      expect(normalizeError(error)).toMatchObject({ code: 'mismatch', file: 'params_shard_2.bin' });
      expect(keys(cacheNames.model)).not.toContain(`${base}params_shard_2.bin`);
      expect(keys(cacheNames.model)).not.toContain(`${base}tensor-cache.json`);

      const kept = keys(cacheNames.model).map((url) => url.slice(base.length));
      const fixed = mirror(goodFiles(6));
      await downloadModelShards(record, storage, () => undefined, fixed.fetcher);
      expect(fixed.asked).toContain('params_shard_2.bin');
      for (const name of kept) expect(fixed.asked).not.toContain(name);
      expect(keys(cacheNames.model)).toContain(`${base}tensor-cache.json`);
    }
  });

  it('reports a failed shard only once the shards already on their way are stored, so a retry fetches none twice', async () => {
    // Shard 0 is slow, shard 1 fails at once: the load must not end (and a retry start) while shard 0 is
    // still arriving, or the retry fetches it a second time and the old download lands behind its back.
    const { storage, keys } = memoryCaches();
    const files = { ...goodFiles(2), 'params_shard_1.bin': shardBytes(1).slice(0, 10) };
    let release = () => undefined as void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const served = mirror(files);
    const slowFetcher = (async (input: RequestInfo | URL) => {
      const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
      const response = await served.fetcher(input);
      if (url.endsWith('params_shard_0.bin')) await held;
      return response;
    }) as typeof fetch;
    let settled = false;
    const failing = downloadModelShards(record, storage, () => undefined, slowFetcher).then(
      () => (settled = true),
      (error: unknown) => {
        settled = true;
        return error;
      },
    );
    await expect.poll(() => served.asked).toContain('params_shard_1.bin');
    // Room for the failure to be reported if it did not wait (it only ever makes this check stricter).
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(settled).toBe(false);
    release();
    expect(normalizeError(await failing)).toMatchObject({ code: 'mismatch', file: 'params_shard_1.bin' });
    expect(keys(cacheNames.model)).toEqual([`${base}params_shard_0.bin`]);
  });

  it('fetches nothing for a model already complete in the cache', async () => {
    const { storage } = memoryCaches();
    await downloadModelShards(record, storage, () => undefined, mirror(goodFiles(3)).fetcher);
    const again = mirror(goodFiles(3));
    await downloadModelShards(record, storage, () => undefined, again.fetcher);
    expect(again.asked).toEqual([]);
  });

  it('refuses a manifest that points outside the model, and says a missing file is missing', async () => {
    const { storage, keys } = memoryCaches();
    const escape = JSON.stringify({ records: [{ dataPath: '../../Other-MLC/resolve/main/x.bin', nbytes: 1 }] });
    const hostile = mirror({ 'tensor-cache.json': escape });
    expect(
      normalizeError(await downloadModelShards(record, storage, () => undefined, hostile.fetcher).catch((e) => e)),
    ).toMatchObject({ code: 'mismatch', file: 'tensor-cache.json' });
    expect(hostile.asked).toEqual(['tensor-cache.json']);
    const files = goodFiles(2);
    delete files['params_shard_1.bin'];
    const missing = await downloadModelShards(record, storage, () => undefined, mirror(files).fetcher).catch((e) => e);
    expect(normalizeError(missing).code).toBe('offline');
    expect(keys(cacheNames.model)).not.toContain(`${base}tensor-cache.json`);
  });
});
