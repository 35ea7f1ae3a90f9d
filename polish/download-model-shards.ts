import type { ModelRecord } from '@mlc-ai/web-llm';
import { cacheNames, fileUrl, modelBaseUrl } from './cache-keys';
import { integrityError, verifyShard, type ShardRecord } from './check-shard';
import type { LoadReport } from './engine';

const manifestName = 'tensor-cache.json';
const lanes = 4;

async function fetchOk(fetcher: typeof fetch, url: string): Promise<Response> {
  const response = await fetcher(url);
  if (!response.ok) throw new Error(`HTTP ${response.status} ${url}`);
  return response;
}

/** The shards a manifest lists; a path resolving outside the model's own URL prefix is refused. */
function parseShards(record: ModelRecord, text: string): ShardRecord[] {
  let shards: unknown;
  try {
    shards = (JSON.parse(text) as { records?: unknown }).records;
  } catch {
    throw integrityError(manifestName, 'not JSON');
  }
  if (!Array.isArray(shards)) throw integrityError(manifestName, 'no records');
  const base = modelBaseUrl(record);
  for (const shard of shards as ShardRecord[])
    if (typeof shard?.dataPath !== 'string' || !fileUrl(record, shard.dataPath).startsWith(base))
      throw integrityError(manifestName, `invalid path ${String(shard?.dataPath)}`);
  return shards as ShardRecord[];
}

/**
 * WebLLM stores each shard with Cache.add as it arrives, checking nothing. So the engine worker fetches
 * the shards first, verifies each against the model's own tensor-cache.json (size, and MD5 where given),
 * and stores only whole, matching files; the manifest goes in last, so the model counts as present only
 * once every shard is verified. WebLLM then finds all shards in the cache and downloads none itself.
 * Verified shards stay after a failure: a retry resumes with the rest.
 */
export async function downloadModelShards(
  record: ModelRecord,
  storage: CacheStorage,
  onReport: (report: LoadReport) => void,
  fetcher: typeof fetch = (input, init) => fetch(input, init),
): Promise<void> {
  const cache = await storage.open(cacheNames.model);
  const manifestUrl = fileUrl(record, manifestName);
  const cachedManifest = await cache.match(manifestUrl);
  const text = await (cachedManifest ?? (await fetchOk(fetcher, manifestUrl))).text();
  const shards = parseShards(record, text);
  const totalBytes = shards.reduce((sum, shard) => sum + (shard.nbytes ?? 0), 0);
  let loadedBytes = 0;
  let failed = false;
  const queue = [...shards];
  const lane = async () => {
    for (let shard = queue.shift(); shard && !failed; shard = queue.shift()) {
      const url = fileUrl(record, shard.dataPath);
      if (!(await cache.match(url))) {
        const data = await (await fetchOk(fetcher, url)).arrayBuffer();
        await verifyShard(data, shard);
        await cache.put(url, new Response(data, { headers: { 'content-length': String(data.byteLength) } }));
      }
      loadedBytes += shard.nbytes ?? 0;
      onReport({ fraction: totalBytes ? loadedBytes / totalBytes : 0, text: '', loadedBytes, totalBytes });
    }
  };
  // On a failure the other lanes take no new shard, but the shards already on their way are finished and
  // stored before the failure is reported: a retry then starts from a settled cache and fetches none twice.
  const settled = await Promise.allSettled(
    Array.from({ length: lanes }, () =>
      lane().catch((error: unknown) => {
        failed = true;
        throw error;
      }),
    ),
  );
  const failure = settled.find((result): result is PromiseRejectedResult => result.status === 'rejected');
  if (failure) throw failure.reason;
  if (!cachedManifest)
    await cache.put(manifestUrl, new Response(text, { headers: { 'content-type': 'application/json' } }));
}
