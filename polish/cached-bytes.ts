import type { ModelRecord } from '@mlc-ai/web-llm';
import { cacheNames, modelBaseUrl } from './cache-keys';

/** Bytes a model takes in the cache: its files under the base URL, plus its library. */
export async function cachedBytes(record: ModelRecord, storage: CacheStorage): Promise<number> {
  const base = modelBaseUrl(record);
  let total = 0;
  for (const name of Object.values(cacheNames)) {
    const cache = await storage.open(name);
    for (const request of await cache.keys()) {
      if (!request.url.startsWith(base) && request.url !== record.model_lib) continue;
      const response = await cache.match(request);
      total += Number(response?.headers.get('content-length')) || (await response?.blob())?.size || 0;
    }
  }
  return total;
}
