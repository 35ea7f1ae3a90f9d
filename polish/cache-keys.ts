import type { ModelRecord } from '@mlc-ai/web-llm';

/** WebLLM's Cache Storage names (lib/index.js of 0.2.86). */
export const cacheNames = { config: 'webllm/config', model: 'webllm/model', wasm: 'webllm/wasm' } as const;

/** Base URL of a model's files, exactly as WebLLM's cleanModelUrl builds it. */
export function modelBaseUrl(record: Pick<ModelRecord, 'model'>): string {
  let url = record.model.endsWith('/') ? record.model : `${record.model}/`;
  if (!/.+\/resolve\/.+\//.test(url)) url += 'resolve/main/';
  return new URL(url).href;
}

export const fileUrl = (record: Pick<ModelRecord, 'model'>, path: string) => new URL(path, modelBaseUrl(record)).href;

/**
 * The files besides the weights that a fully offline load needs; WebLLM's hasModelInCache only looks
 * at tensor-cache.json and the shards. A `localhost` library is never cached by WebLLM, so not required.
 */
export function sideFileKeys(record: ModelRecord): { cache: string; url: string }[] {
  const keys: { cache: string; url: string }[] = [
    { cache: cacheNames.config, url: fileUrl(record, 'mlc-chat-config.json') },
    { cache: cacheNames.model, url: fileUrl(record, 'tokenizer.json') },
  ];
  if (!record.model_lib.includes('localhost')) keys.push({ cache: cacheNames.wasm, url: record.model_lib });
  return keys;
}

export function findRecord(modelId: string, records: ModelRecord[]): ModelRecord {
  const record = records.find((candidate) => candidate.model_id === modelId);
  if (!record) throw new Error(`unknown model ${modelId}`);
  return record;
}
