import { describe, expect, it } from 'vitest';
import { downloadGgufFile } from '../../../polish/download-gguf';
import {
  ggufCacheName,
  hasGgufModel,
  listGgufModels,
  listKeptDownloads,
  readGgufFiles,
} from '../../../polish/gguf-cache';
import { normalizeError } from '../../../polish/normalize-error';
import { memoryCaches } from './memory-caches';
import { ggufBytes, rangeServer } from './range-server';

const file = { name: 'model.gguf', url: 'https://huggingface.co/Qwen/x/resolve/main/model.gguf' };
const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: unknown) => error,
  );
const readBack = async (storage: CacheStorage) =>
  new Uint8Array(await (await readGgufFiles(storage, 'm', ['model.gguf']))[0].arrayBuffer());

describe('downloading a GGUF file', () => {
  it('stores it in parts as it arrives and reads back the same bytes', async () => {
    const { storage, keys } = memoryCaches();
    const bytes = ggufBytes(250);
    const server = rangeServer(bytes);
    const progress: [number, number | null][] = [];
    await downloadGgufFile(storage, 'm', file, (loaded, total) => progress.push([loaded, total]), {
      fetcher: server.fetcher,
      partSize: 100,
    });
    expect(server.ranges).toEqual(['bytes=0-']);
    expect(progress.at(-1)).toEqual([250, 250]);
    expect(keys(ggufCacheName).filter((key) => key.includes('/part-'))).toHaveLength(3);
    expect(await readBack(storage)).toEqual(bytes);
    expect(await listGgufModels(storage)).toEqual([{ modelId: 'm', files: ['model.gguf'], bytes: 250 }]);
  });

  it('on cancel keeps every byte received, counts nothing as a model, and resumes with Range from there', async () => {
    const { storage } = memoryCaches();
    const bytes = ggufBytes(250);
    const stop = new AbortController();
    const slow = rangeServer(bytes, { holdAt: 137 });
    const progress: number[] = [];
    const cancelled = failure(
      downloadGgufFile(storage, 'm', file, (loaded) => progress.push(loaded), {
        fetcher: slow.fetcher,
        partSize: 100,
        signal: stop.signal,
      }),
    );
    await expect.poll(() => progress.at(-1)).toBe(137);
    stop.abort();
    expect(normalizeError(await cancelled).code).toBe('cancelled');
    expect(await hasGgufModel(storage, 'm', ['model.gguf'])).toBe(false);
    expect(await listGgufModels(storage)).toEqual([]);
    expect(await listKeptDownloads(storage)).toEqual({ m: 137 });

    const rest = rangeServer(bytes);
    const restarted: boolean[] = [];
    progress.length = 0;
    await downloadGgufFile(storage, 'm', file, (loaded) => progress.push(loaded), {
      fetcher: rest.fetcher,
      partSize: 100,
      onRestart: () => restarted.push(true),
    });
    expect(rest.ranges).toEqual(['bytes=137-']);
    expect(rest.sent()).toBe(250 - 137);
    expect(progress[0]).toBe(137);
    expect(restarted).toEqual([]);
    expect(await readBack(storage)).toEqual(bytes);
    expect(await listKeptDownloads(storage)).toEqual({});
  });

  it('after a dropped connection resumes from the bytes received', async () => {
    const { storage } = memoryCaches();
    const bytes = ggufBytes(250);
    const dropped = rangeServer(bytes, { dropAt: 60 });
    const error = await failure(downloadGgufFile(storage, 'm', file, () => undefined, { fetcher: dropped.fetcher }));
    expect(normalizeError(error).code).toBe('offline');
    expect(await listKeptDownloads(storage)).toEqual({ m: 60 });
    const rest = rangeServer(bytes);
    await downloadGgufFile(storage, 'm', file, () => undefined, { fetcher: rest.fetcher });
    expect(rest.ranges).toEqual(['bytes=60-']);
    expect(await readBack(storage)).toEqual(bytes);
  });

  it('starts again from 0, and says so, when the server ignores the Range request', async () => {
    const { storage } = memoryCaches();
    const bytes = ggufBytes(250);
    const dropped = rangeServer(bytes, { dropAt: 120 });
    await failure(downloadGgufFile(storage, 'm', file, () => undefined, { fetcher: dropped.fetcher, partSize: 100 }));
    expect(await listKeptDownloads(storage)).toEqual({ m: 120 });
    const whole = rangeServer(bytes, { ignoreRange: true });
    let restarted = 0;
    await downloadGgufFile(storage, 'm', file, () => undefined, {
      fetcher: whole.fetcher,
      partSize: 100,
      onRestart: () => restarted++,
    });
    expect(whole.ranges).toEqual(['bytes=120-']);
    expect(restarted).toBe(1);
    expect(await readBack(storage)).toEqual(bytes);
  });

  it('drops the kept bytes when the file changed on the server, and fetches it whole next time', async () => {
    const { storage } = memoryCaches();
    await failure(
      downloadGgufFile(storage, 'm', file, () => undefined, {
        fetcher: rangeServer(ggufBytes(250), { dropAt: 90 }).fetcher,
      }),
    );
    const changed = ggufBytes(300);
    const error = await failure(
      downloadGgufFile(storage, 'm', file, () => undefined, { fetcher: rangeServer(changed).fetcher }),
    );
    expect(normalizeError(error)).toMatchObject({ code: 'mismatch', file: 'model.gguf' });
    expect(await listKeptDownloads(storage)).toEqual({});
    const again = rangeServer(changed);
    await downloadGgufFile(storage, 'm', file, () => undefined, { fetcher: again.fetcher });
    expect(again.ranges).toEqual(['bytes=0-']);
    expect(await readBack(storage)).toEqual(changed);
  });

  it('refuses a file that is not GGUF (an HTML error page from a proxy) and keeps nothing of it', async () => {
    const { storage, keys } = memoryCaches();
    const page = new TextEncoder().encode('<html>登录</html>');
    const error = await failure(
      downloadGgufFile(storage, 'm', file, () => undefined, { fetcher: rangeServer(page).fetcher }),
    );
    expect(normalizeError(error)).toMatchObject({ code: 'mismatch', file: 'model.gguf' });
    expect(keys(ggufCacheName)).toEqual([]);
  });
});
