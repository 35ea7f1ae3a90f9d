import type { LoadedEngine, PolishEngine } from './engine';
import type { WorkerCall, WorkerEvent } from './worker-protocol';

/** The part of a Worker the client uses, so unit tests can pass an in-memory one. */
export interface WorkerPort {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<WorkerEvent>) => void): void;
  addEventListener(type: 'error', listener: (event: ErrorEvent) => void): void;
  terminate(): void;
}

interface Pending {
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
  onEvent?: (event: WorkerEvent) => void;
}

/** The PolishEngine the panel uses: every call is a message to the worker that owns WebLLM or wllama. */
export function createWorkerEngine(worker: WorkerPort): PolishEngine {
  const pending = new Map<number, Pending>();
  let nextId = 1;
  let broken: string | null = null;

  worker.addEventListener('message', ({ data }) => {
    const call = pending.get(data.id);
    if (!call) return;
    if (data.kind === 'result') call.resolve(data.value);
    else if (data.kind === 'error') call.reject(data.error);
    else return call.onEvent?.(data);
    pending.delete(data.id);
  });
  // A worker that fails to start (CSP, missing chunk) would otherwise leave every call hanging.
  worker.addEventListener('error', (event) => {
    broken = event.message || 'worker failed';
    for (const call of pending.values()) call.reject(broken);
    pending.clear();
  });

  const call = <T>(message: WorkerCall, onEvent?: Pending['onEvent']) =>
    new Promise<T>((resolve, reject) => {
      if (broken) return reject(broken);
      const id = nextId++;
      pending.set(id, { resolve: resolve as Pending['resolve'], reject, onEvent });
      worker.postMessage({ ...message, id });
    });

  return {
    load: (target, onReport) =>
      call<LoadedEngine | void>(
        { kind: 'load', target },
        (event) => event.kind === 'progress' && onReport?.(event.report),
      ),
    generate: (messages, options = {}) =>
      call<string>(
        { kind: 'generate', messages, temperature: options.temperature, maxTokens: options.maxTokens },
        (event) => {
          if (event.kind === 'delta') options.onDelta?.(event.text);
          else if (event.kind === 'prompt') options.onPrompt?.(event.fraction);
          else if (event.kind === 'speed') options.onSpeed?.(event.speed);
        },
      ),
    // Fire and forget: the generate call it stops resolves with the partial text.
    interrupt: () => worker.postMessage({ id: 0, kind: 'interrupt' }),
    unload: () => call<void>({ kind: 'unload' }),
    cancelDownload: () => call<void>({ kind: 'cancelDownload' }),
    hasModel: (target) => call<boolean>({ kind: 'hasModel', target }),
    deleteModel: (target) => call<void>({ kind: 'deleteModel', target }),
    dispose: () => {
      worker.terminate();
      for (const entry of pending.values()) entry.reject('cancelled');
      pending.clear();
      broken = 'cancelled';
    },
  };
}
