import { deleteModelAllInfoInCache } from '@mlc-ai/web-llm';
import { cacheNames, findRecord, modelBaseUrl } from './cache-keys';
import type { WebLlmTarget } from './engine';

/**
 * WebLLM's delete, then whatever it leaves under the model's base URL (tensor-cache.json survives it,
 * and a half-finished download must not be mistaken for a model). A library shared with another
 * model is kept by WebLLM's rules; deleting it only costs a re-download.
 */
export async function deleteModelFiles(target: WebLlmTarget, storage: CacheStorage = caches): Promise<void> {
  await deleteModelAllInfoInCache(target.modelId, target.appConfig);
  const base = modelBaseUrl(findRecord(target.modelId, target.appConfig.model_list));
  for (const name of Object.values(cacheNames)) {
    const cache = await storage.open(name);
    for (const request of await cache.keys()) {
      if (request.url.startsWith(base)) await cache.delete(request);
    }
  }
}
