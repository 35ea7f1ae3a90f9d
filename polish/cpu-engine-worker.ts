import { Wllama, WllamaAbortError } from '@wllama/wllama/esm/index.js';
import wasmUrl from '@wllama/wllama/esm/wasm/wllama.wasm?url';
import compatWorkerUrl from '@wllama/wllama-compat/wasm/wllama.js?url';
import compatWasmUrl from '@wllama/wllama-compat/wasm/wllama.wasm?url';
import { downloadGgufFile } from './download-gguf';
import { isGgufTarget, type GgufTarget, type LoadedEngine, type ModelTarget } from './engine';
import { deleteGgufModel, hasGgufModel, readGgufFiles } from './gguf-cache';
import { loadTimeoutMs } from './load-timeout';
import { sendEvent, serveWorker } from './serve-worker';
import type { WorkerRequest } from './worker-protocol';

/**
 * The CPU engine worker: the only code that imports wllama (llama.cpp in WebAssembly). Like the WebLLM
 * worker it lives as long as the panel; wllama starts its own inner worker for the WebAssembly module.
 */
const quiet = { debug: () => undefined, log: () => undefined, warn: () => undefined, error: console.error };

let wllama: Wllama | null = null;
let loadedId: string | null = null;
let abort: AbortController | null = null;

const gguf = (target: ModelTarget): GgufTarget => {
  if (!isGgufTarget(target)) throw new Error('a WebLLM model needs the GPU engine');
  return target;
};

async function unload() {
  const current = wllama;
  wllama = null;
  loadedId = null;
  await current?.exit();
}

const running = (instance: Wllama): LoadedEngine => ({
  threads: instance.getNumThreads(),
  build: instance.getWorkerResources().compat ? 'compat' : 'default',
});

/** The download in progress: 取消下载 stops it and waits until the bytes received are kept. */
let download: { stop: AbortController; settled: Promise<unknown> } | null = null;

async function downloadFiles(target: GgufTarget, id: number, signal: AbortSignal) {
  let restarted = false;
  const sum = (values: number[]) => values.reduce((all, value) => all + value, 0);
  // Per file of a split model: the progress is over all of them.
  const sizes = target.files.map(() => 0);
  const received = target.files.map(() => 0);
  for (const [index, file] of target.files.entries()) {
    await downloadGgufFile(
      caches,
      target.modelId,
      file,
      (loaded, total) => {
        sizes[index] = total ?? loaded;
        received[index] = loaded;
        const known = sum(sizes);
        const done = sum(received);
        sendEvent({
          id,
          kind: 'progress',
          report: {
            fraction: known ? done / known : 0,
            text: '',
            loadedBytes: done,
            totalBytes: known || undefined,
            ...(restarted ? { restarted } : {}),
          },
        });
      },
      { signal, onRestart: () => (restarted = true) },
    );
  }
}

/** Loads the model; says how many threads llama.cpp really runs (one without SharedArrayBuffer), and which build. */
async function load(target: GgufTarget, id: number): Promise<LoadedEngine> {
  if (loadedId === target.modelId && wllama) return running(wllama);
  await unload();
  const stop = new AbortController();
  const settled = downloadFiles(target, id, stop.signal);
  download = { stop, settled: settled.catch(() => undefined) };
  try {
    await settled;
  } finally {
    download = null;
  }
  const files = await readGgufFiles(
    caches,
    target.modelId,
    target.files.map((file) => file.name),
  );
  // Test builds only: the panel was told this browser lacks JSPI (`?wasm=compat`); wllama checks here.
  if (import.meta.env.WXT_TEST_ENGINE === 'fake' && target.build === 'compat')
    Reflect.deleteProperty(WebAssembly, 'Suspending');
  const instance = new Wllama({ default: wasmUrl }, { logger: quiet, suppressNativeLog: true });
  // wllama uses the compat build only where JSPI or Memory64 is missing; it would fetch it from
  // jsDelivr by default, so it is given the copy bundled in the extension.
  instance.setCompat({ worker: compatWorkerUrl, wasm: compatWasmUrl });
  const bytes = files.reduce((sum, file) => sum + file.size, 0);
  let timer: ReturnType<typeof setTimeout> | undefined;
  // A WebAssembly module refused by the CSP makes loadModel wait forever: give up with a clear error.
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('load timeout')), loadTimeoutMs(bytes));
  });
  try {
    await Promise.race([
      instance.loadModel(files, {
        n_gpu_layers: 0,
        n_threads: target.threads,
        n_ctx: 4096,
        jinja: true,
      }),
      timeout,
    ]);
  } catch (error) {
    void instance.exit().catch(() => undefined);
    throw error;
  } finally {
    clearTimeout(timer);
  }
  wllama = instance;
  loadedId = target.modelId;
  return running(instance);
}

async function generate(request: Extract<WorkerRequest, { kind: 'generate' }>): Promise<string> {
  if (!wllama) throw new Error('no model loaded');
  abort = new AbortController();
  let text = '';
  try {
    const chunks = await wllama.createChatCompletion({
      messages: request.messages,
      stream: true,
      temperature: request.temperature,
      max_tokens: request.maxTokens,
      return_progress: true,
      abortSignal: abort.signal,
      // Qwen3 reasons aloud by default; a polish needs the answer only.
      chat_template_kwargs: { enable_thinking: false },
    });
    for await (const chunk of chunks) {
      const progress = chunk.prompt_progress;
      if (progress && progress.total > 0)
        sendEvent({ id: request.id, kind: 'prompt', fraction: Math.min(1, progress.processed / progress.total) });
      if (chunk.timings && chunk.timings.predicted_n > 0)
        sendEvent({
          id: request.id,
          kind: 'speed',
          speed: {
            promptTokensPerSecond: chunk.timings.prompt_per_second,
            tokensPerSecond: chunk.timings.predicted_per_second,
          },
        });
      const delta = chunk.choices[0]?.delta?.content ?? '';
      if (!delta || abort.signal.aborted) continue;
      text += delta;
      sendEvent({ id: request.id, kind: 'delta', text: delta });
    }
  } catch (error) {
    if (!(error instanceof WllamaAbortError) && !abort.signal.aborted) throw error;
  } finally {
    abort = null;
  }
  return text;
}

async function handle(request: WorkerRequest): Promise<unknown> {
  switch (request.kind) {
    case 'load':
      return load(gguf(request.target), request.id);
    case 'generate':
      return generate(request);
    case 'interrupt':
      return abort?.abort();
    case 'cancelDownload':
      download?.stop.abort();
      return download?.settled;
    case 'unload':
      return unload();
    case 'hasModel': {
      const target = gguf(request.target);
      return hasGgufModel(
        caches,
        target.modelId,
        target.files.map((file) => file.name),
      );
    }
    case 'deleteModel':
      if (loadedId === request.target.modelId) await unload();
      return deleteGgufModel(caches, request.target.modelId);
  }
}

serveWorker(handle);
