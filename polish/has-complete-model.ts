import { hasModelInCache } from '@mlc-ai/web-llm';
import { findRecord, sideFileKeys } from './cache-keys';
import type { WebLlmTarget } from './engine';

/**
 * True when the model can load without the network: WebLLM's own check of the weights, plus the
 * config, tokenizer and library it ignores. Runs in the engine worker (WebLLM stays out of the panel).
 */
export async function hasCompleteModel(target: WebLlmTarget, storage: CacheStorage = caches): Promise<boolean> {
  if (!(await hasModelInCache(target.modelId, target.appConfig))) return false;
  const record = findRecord(target.modelId, target.appConfig.model_list);
  for (const { cache, url } of sideFileKeys(record)) {
    if (!(await (await storage.open(cache)).match(url))) return false;
  }
  return true;
}
