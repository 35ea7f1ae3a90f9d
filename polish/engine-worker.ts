import { MLCEngine } from '@mlc-ai/web-llm';
import { findRecord } from './cache-keys';
import { deleteModelFiles } from './delete-model-files';
import { downloadModelShards } from './download-model-shards';
import { hasCompleteModel } from './has-complete-model';
import { isGgufTarget, type LoadReport, type ModelTarget, type WebLlmTarget } from './engine';
import { sendEvent, serveWorker } from './serve-worker';
import type { WorkerRequest } from './worker-protocol';

/**
 * The engine worker: the only code that imports WebLLM. It lives as long as the panel, so a long
 * generation is never cut short by the service worker's idle timeout.
 */
const engine = new MLCEngine();
const webLlm = (target: ModelTarget): WebLlmTarget => {
  if (isGgufTarget(target)) throw new Error('a GGUF model needs the CPU engine');
  return target;
};

async function handle(request: WorkerRequest): Promise<unknown> {
  switch (request.kind) {
    case 'load': {
      const { modelId, appConfig } = webLlm(request.target);
      const progress = (report: LoadReport) => sendEvent({ id: request.id, kind: 'progress', report });
      engine.setInitProgressCallback((report) => progress({ fraction: report.progress, text: report.text }));
      engine.setAppConfig(appConfig);
      // Shards are verified before they reach the cache; WebLLM then loads them from it.
      await downloadModelShards(findRecord(modelId, appConfig.model_list), caches, progress);
      return engine.reload(modelId);
    }
    case 'generate': {
      const chunks = await engine.chat.completions.create({
        messages: request.messages,
        stream: true,
        temperature: request.temperature,
        max_tokens: request.maxTokens,
        // Qwen3 reasons aloud by default; a polish needs the answer only (webllm examples/qwen3).
        extra_body: { enable_thinking: false },
      });
      let text = '';
      for await (const chunk of chunks) {
        const delta = chunk.choices[0]?.delta?.content ?? '';
        if (!delta) continue;
        text += delta;
        sendEvent({ id: request.id, kind: 'delta', text: delta });
      }
      return text;
    }
    case 'interrupt':
      return engine.interruptGenerate();
    case 'unload':
      return engine.unload();
    case 'hasModel':
      return hasCompleteModel(webLlm(request.target));
    case 'deleteModel':
      return deleteModelFiles(webLlm(request.target));
  }
}

serveWorker(handle);
